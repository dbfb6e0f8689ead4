<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Balance:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Correction (+/−):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correct a balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Reason (required), e.g. lost receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Save (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>This shop has no balances to correct.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>rewards ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>store credit (minor units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>uses left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>{name}: {what} ({held} now)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>1. The data the counter holds now ({members} members, {visits} visits) is saved first, as a backup named “Before a restore”. Restoring that one undoes this.

2. Then the counter shows the data of {when}: {old_members} members, {old_visits} visits. Visits and members recorded after that are then only in the saved backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>A backup is taken every day when the app starts (the last 7 are kept) and before every update. Folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Back up now (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backup taken: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before a restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before an update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Choose a backup with ↑ ↓, then press Enter to restore it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Copy saved: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Daily</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>It was made by an earlier version and is updated first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Loyalty POS data (*.sqlite3 *.db);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Made by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No backups yet. Ctrl+B takes one now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Other file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore from a file… (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore the backup of {when}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restored the backup of {when}: {members} members, {visits} visits. The data it replaced is saved as the newest backup (“Before a restore”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore… (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy of the shop's data to (e.g. a USB stick)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy to… (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>The counter holds {members} members and {visits} visits now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{date} {time} ({ago})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{kind}, older version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{name} is not a backup of Loyalty POS. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BalancesRow</name>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>Store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} expire by {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{points} = {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardDesignDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Line of text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Shop name on the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>58 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>80 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>A logo is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Accent colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Bar&amp;code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Card design</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose a logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose logo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Code 128</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>EAN-13 (scans everywhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>No logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pick…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Slip &amp;paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Text colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>e.g. Every 10th coffee free</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CashierSwitch</name>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source> (now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Esc: cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Switch cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Who is at the till? Press their number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>{name}, your PIN (then Enter):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>M{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New and returning members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Returning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Sales ({currency})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits and sales</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckoutForm</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>&amp;Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Apply (Space ticks · {key} how much)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Confirm (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon {code} added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Enter the amount, the items or a reward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Gift card code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Items (digit = how many, + −)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>No member: enter an amount for a coupon or gift card, or scan a card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>This visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>{key}: take only part of the card's balance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source> (VOID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source> (at most {amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source> (program switched off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>(older version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>+{n} stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>, expires {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>, for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>, rewards ready: {n} ({reward})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>, valid until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>--items needs --program NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>--program needs --items N.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>--request-id must be 1 to {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>--to is before --from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Added {kind} “{name}” (id {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>Added {name} ({role}), number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Admin commands over the shop's database. Acts as the Owner; asks no PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Amount {amount}, discount {discount}, charged {charged}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>BLOCKED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>Backup taken: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Broken rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Cannot use the database file: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>Cannot write {path}: no such folder, or it is a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>Cannot write {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Card {code} does not belong to a member yet (enroll with: members add --card {code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>Card {code} is blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>Card {code} works again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>Card {old} is replaced by card {new} ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Change a scheme. Options not given stay as they are; “none” empties one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Changed {kind} “{name}” (id {id}): from the next checkout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Columns: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>Copy saved: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Coupon for next visit: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Coupon offer added:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Coupon {code} issued: {offer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Created {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Credit earned: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Database error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Demo shop written to {path}: {members} members, {programs} programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Dry run: nothing written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Enrolled:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>Feedback {score} stored for visit {visit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Gift card {code} is void: it is not printed again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Gift card {code}: {balance} of {initial} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Give the member's CODE, or --no-member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Members imported: {n}; opening balances: {rows}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) to spend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) to use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) to redeem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) to pay with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>No backups yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>No coupon offers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>No member has a card to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>No members found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>No points program takes points as payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>No programs yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Not imported: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Nothing unusual today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>OK: the database and the ledger are consistent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Points earned: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Printed to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>Problems found: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Program added:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Program changed:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>Refunded {amount} of visit {id} ({state}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>Reserved blank cards:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>Restored {file}: {members} members, {visits} visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Say what the visit does: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Say what to change: one or more options (programs update {kind} --help).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Several of them are called “{name}” (ids {ids}): give the id instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Sold:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Switched off {kind} “{name}” (id {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Switched on {kind} “{name}” (id {id}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>The data it replaced was saved as {saved} (restore it to undo).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>The demo shop is not part of this build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>The membership of {name} is active again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>The membership of {name} is blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>There is no database at {path}. Create it with: loyalty-pos admin init</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>There is no program “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>There is no {what} “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) get no new stamps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>Updated to this version: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>Visit {id} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>Visit {id} voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>Visit {id} was already recorded; nothing new was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>Voided:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>Written: {path} ({what}, rows: {rows}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>a blank card to give</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>a file name from 'backup list', or the path of a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>a member's card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>a multi-use code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>add a catalogue reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>add a coupon offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>add a prepaid pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>add a punch card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>add a staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>add a tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>add an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>add cashback credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>add points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>add, find and show members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>also write the new card (CR80) to a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>an amount cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>an item count is 1 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>at most {n} a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>balance and history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>block a lost or misused card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>block a membership (all its cards)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>block or unblock one card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>cards completed: {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>catalogue reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a catalogue reward (options of add-reward)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a credit program (options of add-credit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a pass (options of add-pass)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a points program (options of add-points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a promotion (options of add-promotion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a punch card (options of add-stamp-card)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a scheme: points|credit|pass|reward|promotion|tier|item|card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change a tier (options of add-tier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>change an item (options of add-item)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>change one setting: shop_name, currency or card_prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>check out: earn and redeem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>codes valid {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>correct a balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>coupon offers and codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>create or migrate the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>credit program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>daily limit reached ({n} not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>database file (default: $LOYALTY_POS_DB, else the data dir)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>e-mail {email}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>each issued code is valid N days, counting the day of issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>enroll a member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>every active member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>fill an empty database with the demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>from {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>import members from a CSV file: all rows or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>import the valid rows and leave out the broken ones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>in full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>in part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>integrity and ledger check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>issue N codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>issue a single-use code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>issued after a visit of {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>issued in the birthday month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>its name, or its id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>last day, inclusive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>let a blocked card work again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>lift a membership's block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>line {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>list the coupon offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>list the programs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>list the staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>list, take and restore backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>members with many visits today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>minor units (fixed) or percent (percent); none for free-item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>multiply points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>name who brought a member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>new card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>no card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>nothing new from it; members keep what they hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>on again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>one member, with balances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>phone {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>points program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>print gift cards to a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>print one JSON document on stdout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>print them as cards to this PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>punch card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>punch cards and schemes: add, update, switch, list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>redeemed {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>refund a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>replace a lost card: a new number, balances kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>replace the data with a backup's (the current data is saved first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>reserve N new blank cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>save a copy of the data in another folder (a USB stick)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>search by name, phone or card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>sell a new gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>sell and look up gift cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>show the settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>show what would be imported and every broken row; write nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>stacking and referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>staff members and PINs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>stamps expire after {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>store a 0-10 score for a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>switch a gift card off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>switch a scheme off or on again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>switched off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>take a backup now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>the backups, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>the dashboard's figures for a period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>the member's card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>the shop's settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>the weekday is 0 (Monday) to 6 (Sunday)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <location filename="../../loyalty_pos/cli_schemes.py" />
            <source>tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>undo a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>visits: {count}, last: {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>write --item NAME=N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>write member cards or blank numbered cards to a PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>write members, visits or the ledger to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>{amount} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>{broken} of {rows} rows cannot be imported; line {line}: {reason} Nothing was imported. --dry-run lists every broken row; --skip-broken imports the others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_print.py" />
            <source>{count} cards written to {path} ({pages} pages, {layout}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>{count} coupons issued: {offer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>{count} gift cards printed to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_data.py" />
            <source>{file}: {encoding}, separator “{sep}”. Rows: {rows}; to import: {valid}; broken: {broken}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>{id}  {name}: {needed} stamps for {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_shop.py" />
            <source>{key} is now {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_backup.py" />
            <source>{members} members, {visits} visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>{name}  card {card}  (member {id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Add --allow-duplicate to enroll anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>{name} was brought by {referrer}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>{n} per member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>{n} stamps per item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>{path} is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_rewards.py" />
            <source>{percent}% off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_output.py" />
            <source>{program}: {stamps} of {needed} stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <source>“{value}” is not a date (use YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>“{value}” is not a percentage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>“{value}” is not a time YYYY-MM-DDTHH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli.py" />
            <location filename="../../loyalty_pos/cli_owner.py" />
            <source>“{value}” is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/cli_checkout.py" />
            <source>“{value}” is not a whole number of minor units</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfirmRestoreDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Yes, restore (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CouponOffersDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Given out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Maximum discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, next visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Active (accepted at the counter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>After a visit charging at least…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Coupon offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Each code valid &amp;for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Edit “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Fixed discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>In the member's birthday month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Issue a code (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Minimum &amp;spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New code: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New coupon offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New offer (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New single-use codes of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Only by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Percent discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print codes… (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print coupons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Shared &amp;code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Uses &amp;per member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Visit charging at &amp;least</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>e.g. 10 % off in spring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>optional, e.g. SPRING-10 (anyone may type it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>the offer's dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{amount} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{name}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{percent} % off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Referred by
(card or phone)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>+36 30 123 4567</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Ask whether they want offers: choose Yes or No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Edit {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Empty: new number. Or scan a printed card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll &amp;anyway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll a new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>N&amp;o</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>No&amp;tes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Open {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Optional: the card or phone of who brought them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}: both get the bonus at the first paid visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Wants offers by
phone / e-mail? *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>A PIN is {min} to {max} digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A bonus cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>A card number has 13 digits; “{code}” has {count}. Check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>A code of this shop has 13 digits; “{code}” is not one. Check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A comment has at most {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is issued on a birthday or after a visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is valid for 1 to {max} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>A coupon offer called “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon the shop issues by itself cannot also have a shared code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A daily limit must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A fixed discount must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A free-item coupon has no value; leave it 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>A gift card is worth more than zero and at most {max}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>A gift card must expire after today ({date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A maximum discount must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A member cannot refer themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A pass has between 1 and 1000 uses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A percent discount is between 1 and 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>A phone number has 7 to 15 digits; “{phone}” has {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A point's value must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A price cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A program appears twice in the visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A program called “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A promotion multiplies points by more than 1 and up to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>A referrer can only be named before the first paid visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>A refund cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>A report covers at most {days} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A request id has 1 to {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A reward called “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A reward costs at least one point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A role is one of: {roles}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A score is a whole number from 0 to 10, not {score}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A spend to earn the coupon needs the next-visit trigger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A staff name has 1 to {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A tier called “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier discount is between 0 and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier multiplies points by 1 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier needs a minimum spend, a number of visits or a membership fee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier's rank is 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Amounts and counts cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>An amount cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>An imported visit cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>An item called “{name}” already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Another tier already has rank {rank}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>At most {left} of this visit can still be refunded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>At most {limit} discount reward(s) per visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>At most {max} items in one visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Cannot read {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <source>Cannot write {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Card {code} already belongs to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} does not belong to a member yet. Press F3 to enroll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is a blank card: press F3 to enroll a new member with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is already in use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Card {code} was already replaced by card {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced and stays retired.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced by card {new}. Ask for the new card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Catalogue rewards belong to a points program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Choose a language: {languages}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>Could not save a copy in {folder}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Counts cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} belongs to a member: open the member's card first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} expired on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} is valid only from {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Coupon {code} was already used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} was issued to another member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Coupons are not set up in this shop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Discounts per visit is 0 (no limit) to {max}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Enter a correction other than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>Enter an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>Enter the amount to refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Expiry must be between 1 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <source>Export members, visits or ledger, not “{what}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} expired on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} is already voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} is used up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} was voided and cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Gift cards are not set up in this shop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Give a reason of 1 to {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Issue between 1 and {max} codes at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Item number {id} is not on the list or is switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>Line {line}: the file is not valid CSV ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>No reward is ready on “{name}” ({stamps} of {needed} stamps).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>No row of the file can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Nothing of that kind can be switched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Nothing to confirm: enter the amount, the items bought or a reward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Nothing to confirm: enter the items bought or pick a reward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Nothing was scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Only a percent discount can have a maximum.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Only the owner can correct a balance by more than {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Only the owner can open this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Only {ready} rewards are ready on “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Owner screens lock after 1 to 120 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Pass number {id} does not exist or is switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Pay more than zero with the gift card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Points of “{name}” can only buy catalogue rewards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per amount and the amount step must be positive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per visit and per item cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Program number {id} does not exist or is switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Promotions multiply the points of a points program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody found for “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody has card {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: several members match “{text}”. Use the card number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Reserve 1 to {max} blank cards at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Reward number {id} does not exist or is switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same card number as line {line} ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same e-mail as line {line} ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same phone number as line {line} ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Say by how much to change the value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Say how much a visit must charge to earn the coupon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Say what the reward is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Say why the balance is corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Say why the visit is refunded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Say why the visit is voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Scan the member's card first: this needs a member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Spend at least {min} for this coupon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamp expiry must be between 1 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps needed must be between 2 and {max}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps per item must be between 1 and 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That amount is too large to be right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>That program has no such balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That tier is not sold as a membership.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The barcode is ean13 or code128, not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The birthday {birthday} is not possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The card prefix is two digits from 20 to 29 (GS1's in-store range), not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The card title has at most {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The cashback rate is between 0.01 % and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The code {code} is already used by “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” does not say which program it is for: name it after the program, e.g. “{example}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” holds balances, but this shop has no program for them. Set one up first, or remove the column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” is for the program “{program}”, which this shop does not have. Set it up first, or remove the column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}”: “{program}” has no such balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The columns “{first}” and “{second}” hold the same thing; keep one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon must start before it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon needs a name of 1 to {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” ended on {date}; change its dates first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” is switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon “{name}” needs a member: open the member's card first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The currency stays {current}: this shop already has amounts in it, and they would be read as {new}. A shop in another currency starts a new database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>The daily stamp limit must be between 1 and 1000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The demo shop can only be created in an empty database; this one already has members or programs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file has more than {max} members; split it in parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The file has no name column. Its first line must name the columns, e.g. name;phone;email (this file's first line: {headers}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>The file is larger than {mb} MB; split it in parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file names its columns but holds no members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>The gift card holds only {balance}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The item needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The limit per member is between 1 and {max}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The line has {n} cells, but the first line names only {m} columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The line of text has at most {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo is too large ({kb} kB); use a smaller image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo must be a PNG image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The maximum discount must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} in store credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} points on “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>The member holds only {held}; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The member's name is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>The membership of {name} is blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The minimum spend cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The name is too long (at most {n} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The notes are too long (at most {n} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The pass “{name}” has {left} uses left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The program needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>The program “{name}” is switched off: it gives no new stamps. Rewards already ready on it can still be redeemed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}) and the data could not be put back by itself. Restore {saved} to get it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}). The data is as it was before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The reward needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The shop name has 1 to {max} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>The shop needs at least one owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The slip paper is 58 or 80 mm wide, not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier window is between 1 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The weekday is 0 (Monday) to 6 (Sunday).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is already a staff member called {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no backup file {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <source>There is no card {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no catalogue reward number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>There is no coupon {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no file {file}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>There is no file {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>There is no gift card {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <source>There is no member number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no points or credit program number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no program number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>There is no program template “{key}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <source>There is no program “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no promotion number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>There is no setting “{key}”. Settings: {keys}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no stamp or points program number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no tier number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/feedback.py" />
            <location filename="../../loyalty_pos/services/refund_preview.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no visit number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is nothing to switch with number {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>This database has no backup folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This file is not a text (CSV) file. Save it as “CSV UTF-8”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save it as “CSV UTF-8” (Excel: File › Save As) and choose that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>This member already has a referrer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>This member has already used “{name}” {count} times (the limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>This visit cannot be voided: its stamps or reward have been used since. Void the later visit first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>This would leave a balance below zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Tier thresholds cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {minutes} more min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} already has feedback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} has no member: refund it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/refund_preview.py" />
            <source>Visit {id} is already refunded in full.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Visit {id} sold a gift card: void the card on the gift card screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was already voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was paid with a gift card, used a coupon, paid a referral bonus or was refunded: refund it instead of voiding it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/refund_preview.py" />
            <source>Visit {id} was voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} was voided; it takes no feedback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Wrong PIN for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>Wrong check digit in {code}: the number was mistyped or misread. Scan or type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{broken} of {rows} rows cannot be imported (the first is line {line}). Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a coupon, not a gift card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a gift card, not a coupon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a member card, not a coupon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a member card, not a gift card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>{code} is a product barcode, not a loyalty card (card numbers start with 20 to 29).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{code} is already a gift card or coupon of this shop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {day} is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {value} is more than a balance can hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is neither yes nor no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a date (use YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. or DD/MM/YYYY).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a whole number of 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not an amount in {currency}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” was shortened by the spreadsheet (scientific notation) and the number is lost. Format the column as text and save the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}”: {currency} amounts have at most {digits} decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>{currency} amounts have at most {digits} decimals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} could not be updated to this version ({error}). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not pass the check ({problem}), so it was not restored. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is a database, but not one of Loyalty POS, so it cannot be restored. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is damaged (SQLite's check says: {problem}), so it cannot be restored. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is not an SQLite database (or is too damaged to open), so it cannot be restored. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is the shop's live database, not a backup of it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} was made by a newer version of Loyalty POS. Update the app, then restore it. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{folder} is not a folder. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the e-mail {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the phone number {value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Open that member, or enroll anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} has no PIN yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} is not active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>{name}: the daily limit of {limit} stamps is reached. No stamps were added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>“{amount}” is not an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{birthday}” is not a date (use YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>“{code}” cannot be a coupon code: use 3 to 20 letters, digits or hyphens, with at least one letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>“{code}” is not a card code. Scan the card again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>“{code}” is not a card number of this shop: the member gets a new card, and the old number goes into the notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>“{code}” is not a coupon code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{email}” is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>“{path}” is not a picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{phone}” is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>“{reward}” costs {cost} points; the member has {held}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>“{value}” is not a colour like #0b4f9c.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>“{value}” is not a currency code (e.g. HUF, VND, NOK).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>0 = not at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>10 = certainly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Anything you would like to tell us? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Esc: send the score without a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Keys 0–9, + for 10 · Esc: skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Send (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Thank you! You gave {score}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Your opinion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>(at most {amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>A free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>Free {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>REFUNDED: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>Refunded {amount}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>VOIDED ({reason}): {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>card complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>earlier today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>first visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>no change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>reward given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{amount} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{amount} · {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{change} used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} days ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} months ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} weeks ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} years ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}nd visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}rd visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}st visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}th visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{percent} % off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{program} {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{reward} ({amount} off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{reward} ({percent}% off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{stamps} / {needed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{visit} · last here {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{when}  {what}  ({staff})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GiftCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Look up a gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Sell a gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>, valid until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Card {code}, sold for {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>EXPIRED on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card worth {amount} issued{expiry}. Its code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Issue the card (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Look up (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>New gift card code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print the card… (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Scan or type the gift card's code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Unexpected error, nothing was sold: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>VOIDED: cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>YYYY-MM-DD (empty: never expires)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>never expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>paid with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>refund put back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>valid until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>{balance} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Old card: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>birthday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>card number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>marketing consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>member since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>rewards ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>uses left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportExportDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>1  Members: card, contact, consent, balances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>2  Visits: date, member, amounts, items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>3  Ledger: every change of every balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a CSV file… (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a file to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Columns: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export to a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export… (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import: {valid} of {rows} rows (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Members imported: {n}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>No file chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Not imported: {list}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. All are ready to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. Ready: {valid}. Broken (in red): {broken}. Nothing is imported while a row is broken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Show only the broken rows (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skip the broken rows ({n}) and import the others (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>UTF-8 for Excel, LibreOffice and Google Sheets. The members file can be imported again, balances included.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Written: {path} (rows: {rows}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>{file} ({encoding}, separator “{sep}”)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line {line} · {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Opening balances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Problems and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>new card</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/language_box.py" />
            <source>Computer’s language ({language})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>%n coupon(s) to use: Space on it under Apply.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Confirm visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Edit member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Enroll</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>F3: Enroll new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>F3: Enroll with this card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Find member (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Loyalty POS — {shop}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Next customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>No reward is ready for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Nobody found for “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Notes saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Open a member first (scan or F2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Opened {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Programs…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Ready. Scan a card, or search by name or phone (F2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Redeem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Redeem reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Redeem: {reward}. Press Enter to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Refund…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Rewards set-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Save notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Void visit…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>No visit to void: open a member with visits first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Open a member first (scan or F2), then F4 to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Saved the details of {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Visit voided: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Welcome, {name}! Card {card}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Birthday: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Card {card} · member since {since}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>E-mail: {email}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Last visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No phone or e-mail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No punch cards yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No visits yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes about this member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Phone: {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Refund… (F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Scan a card, or search by name or phone (F2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Void… (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>{n} stamps expire by {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>0–100: the mean of reach (active members ÷ all members enrolled by the end of the period), repurchase rate and retention rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>1 − retention rate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Active members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Amounts charged to members in the period, after discounts, less what was refunded on those visits (a refund counts in the period of its visit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Average spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Churn rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Confirmed member visits in the period. Voided visits and visits refunded in full do not count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Customer lifetime value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Engagement index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Estimate: sales per customer in the period × expected number of periods a member stays (1 ÷ churn rate), at most 5 years' worth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members enrolled in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with at least one visit in the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with two or more visits in the period ÷ active members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Net promoter score: % of scores 9–10 minus % of scores 0–6 over the feedback given in the period, rounded to a whole number (−100 to 100).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>New members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Of the members active in the previous period of the same length, the share active again in this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Outstanding liability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch cards completed in the period (visits not voided).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch-card completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Redemption rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Repurchase rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Retention rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards given to members in the period: punch-card and points rewards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed ÷ rewards issued in the period; above 100 % when older rewards were redeemed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales per customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ active members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who bought items of more than one category in the period (needs items rung up at checkout).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who completed at least one punch card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Upsell rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>What members could claim today, in money: points (at the value of the most generous reward per point), store credit, prepaid pass uses, gift-card balances and ready punch-card rewards that are a fixed amount off. Free-item and percent rewards are counted but have no money value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>liability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>nps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Once more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source> · until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Coupon {name}: {terms}{until}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Pay with {name}: {points} = {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Rewards and payments to apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {name}: {uses} uses for {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {tier} membership: {fee}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Store credit: {part} of {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use one {name} ({left} left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use store credit: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{name}: {part} of {points} = {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {cost} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {program} ({n} ready)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+1 stamp · {program} {progress}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{amount} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+{n} stamps · {program} {progress}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{n} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Card complete! Reward ready: {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Cash due {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Coupon for the next visit: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Daily limit: only {added} of {requested} stamps given · {program}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Daily points limit reached: fewer points given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>GIVE: {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Now {tier}!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>This visit was already confirmed. Nothing was added again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Visit confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>discount {amount}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>1  Staff and PINs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>2  Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>3  Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>4  Programs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>5  Backups and restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>6  Import and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Ask for feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>At the till: {name} (F11 to switch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Backup restored: {members} members, {visits} visits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>F6: Ask for feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Feedback is asked right after a confirmed visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Reports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Switch cashier…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Thank you! Score {score} saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>{name} is at the till now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnerGate</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>This is for the owner. Owner's PIN:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>Enter: use this · Esc: cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How many {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much from the gift card?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much store credit?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>all it needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>{held} · empty: as much as the bill needs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>A number of points cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Has {n} points (worth {value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Holds {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Only {owed} is still owed: use at most that from {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The gift card holds only {held}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} in store credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The rest of the bill needs only {n} {name}: type at most that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Type more than zero, or leave it empty for as much as the bill needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>the gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>“{text}” is not a whole number of points.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Card design…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Card {old} is replaced by card {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Ctrl+P: Print the new card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Lost card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Lost card: replace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Lost card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No visit to print a slip for yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open a member first (scan or F2), then Ctrl+P.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open the member whose card was lost first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print cards…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print slip for the last visit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print this member's card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Replace card {card} of {name}? The old card will stop working; stamps and rewards stay with the member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Save slip as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Save slip as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip saved as PDF.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>&amp;Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Add →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>All members ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Members I choose:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>New blank cards, pre-numbered:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No cards to print: choose members first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No member is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print member cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Reserved {n} new card numbers, {first} … {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save cards as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Search by name, phone or card; Enter adds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{name}, card {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>← Remove</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintCodesDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;How many new codes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;Paper:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Could not save {path}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>How many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintOutput</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>A4 sheet of ten, with cut marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>Single card, CR80 (card printers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>US Letter sheet of ten, with cut marks</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintedCard</name>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>Gift card {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>from {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>valid until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>{balance} left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Daily limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}” (switched off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Fixed discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) and can still redeem them at the counter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>No member holds stamps or rewards on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Percent discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Programs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Punch-card programs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps &amp;needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps e&amp;xpire after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps per &amp;item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) stay on the members' panels, marked switched off, but get no new stamps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>e.g. Free coffee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>no limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>{name} (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is on again: it gives stamps from the next visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is switched off: it gives no new stamps from the next visit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Reason *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Visit number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Already used, can't be taken back: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Amount to refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Empty: all that is left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>FULL refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gives back: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>No points, credit or stamps change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Partial refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refunded before: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Required, e.g. returned, wrong size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Say why the visit is refunded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Takes back: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} refunded in full: {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} · {when} · {who} · charged {charged}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id}: {amount} refunded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>no member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{amount} store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{kind}: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} pass uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} stamps</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Customer feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Dashboard {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Definition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>End of day {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Enrolled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>In money</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Monthly cohort retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>NPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding liability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Over time (by {unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Previous period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Returning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rewards redeemed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Share of each month's new members who visited in each month since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>This period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Top members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Were regulars, not seen for 60 days (consented to contact)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>gift cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>pass uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>ready rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>vs previous: {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{n} more lapsed regulars did not consent to be contacted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{start} – {end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cannot write the file: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cohorts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Each row: the members who enrolled that month. Each column: the share of them who visited in the month that many months later (M0 = enrolment month).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>End of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Monthly cohort retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>NPS {nps} from {n} answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>The last day of the chosen period, by cashier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{n} lines without a money value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RewardActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>&amp;Rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Correct this member's balance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Coupon offers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Gift cards: sell or look up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Nothing unusual today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Open the member whose balance is wrong first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Unusual activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Unusual activity today…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>{name}: {n} visits</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RewardsSetupDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Tiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>C&amp;atalogue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Close (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Cr&amp;edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pa&amp;sses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pro&amp;motions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Rewards set-up</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Name, phone, e-mail or card number. Enter opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Scan, or type a name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>(blocked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask customers for a 0–10 score after a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Card number prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Currency (ISO 4217)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Owner screens lock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Shop name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Cashback (% of what is paid) *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Cost (points) *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Discounts per visit (0 = no limit) *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Expire after (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;From (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Money off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Multiply points by *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Points per step *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Points program *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Price *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Rank (1 = lowest) *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Until (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Uses *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Weekday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Window (days) *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(no referral bonus)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Add (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Add a points program first (Points tab).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Added “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Amount &amp;step *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Cashback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Changing “{name}” ({state}). Ctrl+N starts a new one instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts &amp;for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily &amp;cap (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Earning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free &amp;item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Gives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Ma&amp;ximum discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) and can still spend them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) and can still use them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) and can still pay with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Membership &amp;fee (paid tier)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Money off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Multiplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New: fill in the form, Ctrl+Enter adds it. Ctrl+L picks one above to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>P&amp;ercent off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Passes already bought keep their uses; the new terms are for new sales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Percent off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point va&amp;lue (pay with points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Points &amp;multiplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held are now worth {value} each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held can now only buy catalogue rewards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reached by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral &amp;bonus (points, or minor units of credit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral bonus &amp;program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rules saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Save changes (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Save rules (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Saved “{name}”: the changes apply from the next checkout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Set up so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Standing &amp;discount (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>What members already hold gets the full {days} days from today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>any day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. 10 car washes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. 500 Ft off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Cashback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Double Tuesdays</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Gold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Latte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. coffee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: catalogue only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>free {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>paid only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>spend {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>switched off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{amount} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: enter a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: “{text}” is not understood.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{name} (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{n} visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} % off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{what} in {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is on again from the next checkout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it earns no more points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it gives no more cashback.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it is no longer sold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it no longer multiplies points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: nobody new reaches it and it is not sold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer lists it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer offers it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Currency (ISO 4217)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Five answers and the counter is ready. You can change them later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>None now (F9 later)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Owner's PIN (4–8 digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>PIN once more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Set up your shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Shop name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Welcome to Loyalty POS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Your first punch card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>e.g. Kávé Sarok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>{title} ({stamps} stamps, reward: {reward})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Nothing earned this time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Reward given: {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Rewards ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Thank you!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>This visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>To pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your coupon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program} (switched off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program}: card complete!</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>A PIN is optional for cashiers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Has a PIN; leave empty to keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>No PIN: switches at the till without one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Works here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>no PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>owner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>REWARD READY: {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Reward: {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Switched off: no new stamps on this card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{n} REWARDS READY: {reward}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{program} (switched off)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StampRows</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>{program}: items</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartupJobs</name>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Backup saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Start-up check failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>The database check found problems: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>{n} birthday coupons issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>{n} old stamps expired.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TenderParts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Ctrl+H sets how much to use: highlight store credit or points under Apply, or scan a gift card, first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card {code}: balance {balance} ({key}: use only part).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>That gift card can't be read: scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>This gift card has nothing left to pay with.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{amount} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{amount} {name} ({percent}, rounded down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} {name} ({rule}{capped})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>, daily limit reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>CASH
DUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Cash due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Coupon: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Earns: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>GIVE: {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Gift card ({left} left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>No member: nothing is earned. Scan a card to earn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with gift card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with store credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Store credit ({left} left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>To charge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Uses {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Visit {id} confirmed. Collect the cash due; the next entry starts a new visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>referral bonus +{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{name} (pass)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} point per {step}, rounded down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} points per {step}, rounded down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} {name} ({left} left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{program} +{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{p} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} discount ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>×{m}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>&amp;Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason (required), e.g. wrong customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void this visit?
{visit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void visit (Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
