<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Balance:</source>
            <translation>&amp;Egyenleg:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Correction (+/−):</source>
            <translation>&amp;Korrekció (+/−):</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Indok:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correct a balance</source>
            <translation>Egyenleg korrekciója</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correction</source>
            <translation>Korrekció</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Reason (required), e.g. lost receipt</source>
            <translation>Indok (kötelező), pl. elveszett blokk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Save (Enter)</source>
            <translation>Mentés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>This shop has no balances to correct.</source>
            <translation>Ebben az üzletben nincs korrigálható egyenleg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>points</source>
            <translation>pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>rewards ready</source>
            <translation>beváltható jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>stamps</source>
            <translation>pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>store credit (minor units)</source>
            <translation>jóváírás (váltópénz-egységben)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>uses left</source>
            <translation>hátralévő alkalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>{name}: {what} ({held} now)</source>
            <translation>{name}: {what} (most: {held})</translation>
        </message>
    </context>
    <context>
        <name>AmountWords</name>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>cent</source>
            <translation>cent</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>cents</source>
            <translation>cent</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>dong</source>
            <translation>dong</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>euro</source>
            <translation>euró</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>euros</source>
            <translation>euró</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>forint</source>
            <translation>forint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>forints</source>
            <translation>forint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>krone</source>
            <translation>korona</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>kroner</source>
            <translation>korona</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>{major} and {minor}</source>
            <translation>{major} és {minor}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>øre</source>
            <translation>øre</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Backup restored</source>
            <translation>Mentés visszaállítva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Balance corrected</source>
            <translation>Egyenleg korrigálva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Card prefix</source>
            <translation>Kártyaszám-előtag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Colours</source>
            <translation>Színek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Currency</source>
            <translation>Pénznem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Feedback question</source>
            <translation>Visszajelzés kérése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card sold</source>
            <translation>Ajándékkártya eladva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card voided</source>
            <translation>Ajándékkártya sztornózva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card {code}</source>
            <translation>Ajándékkártya {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card {code} sold</source>
            <translation>Ajándékkártya {code} eladva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift cards above this need the owner</source>
            <translation>E fölötti ajándékkártyához a tulajdonos kell</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member #{id}</source>
            <translation>#{id} tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member #{id} into #{keep}</source>
            <translation>#{id} tag a(z) #{keep} tagba</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member erased</source>
            <translation>Tag törölve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Members merged</source>
            <translation>Tagok összevonva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Owner approval</source>
            <translation>Tulajdonosi jóváhagyás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Owner screens lock after (min)</source>
            <translation>Tulajdonosi képernyők zárolása (perc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN changed</source>
            <translation>PIN-kód módosítva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN removed</source>
            <translation>PIN-kód törölve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN unlocked</source>
            <translation>PIN-kód feloldva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Refund</source>
            <translation>Visszatérítés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Setting changed</source>
            <translation>Beállítás módosítva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Shop name</source>
            <translation>Üzlet neve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Staff added</source>
            <translation>Munkatárs hozzáadva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Staff changed</source>
            <translation>Munkatárs módosítva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Text size</source>
            <translation>Betűméret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Tier changed</source>
            <translation>Szint megváltozott</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Till name</source>
            <translation>Kassza neve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit</source>
            <translation>Vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit voided</source>
            <translation>Vásárlás sztornózva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit {id}</source>
            <translation>Vásárlás #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Void of visit {id}</source>
            <translation>Vásárlás #{id} sztornója</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Voids above this need the owner</source>
            <translation>E fölötti sztornóhoz a tulajdonos kell</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Wrong PIN</source>
            <translation>Hibás PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>above {limit}</source>
            <translation>{limit} fölött</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>asked by {name}</source>
            <translation>kérte: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>cashier</source>
            <translation>pénztáros</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>from an earlier day</source>
            <translation>korábbi napról</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>in full</source>
            <translation>(teljes)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>in part</source>
            <translation>(részleges)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>left</source>
            <translation>kilépett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>locked until the owner unlocks it</source>
            <translation>zárolva, amíg a tulajdonos fel nem oldja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>locked until {time}</source>
            <translation>zárolva eddig: {time}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>new PIN</source>
            <translation>új PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>no tier</source>
            <translation>nincs szint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner</source>
            <translation>tulajdonos</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner screens open</source>
            <translation>tulajdonosi képernyők nyitva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner's PIN typed</source>
            <translation>tulajdonosi PIN-kód beírva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>refunded</source>
            <translation>visszatérítve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>the owner at the till</source>
            <translation>a tulajdonos a kasszánál</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>voided</source>
            <translation>sztornózva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>works here</source>
            <translation>itt dolgozik</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>{count} in a row</source>
            <translation>{count} egymás után</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>&amp;Person</source>
            <translation>&amp;Személy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Action</source>
            <translation>Művelet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Audit trail</source>
            <translation>Tevékenységnapló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Audit trail: who did what, when</source>
            <translation>Tevékenységnapló: ki, mit, mikor csinált</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Da&amp;y</source>
            <translation>&amp;Nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Details</source>
            <translation>Részletek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Everyone</source>
            <translation>Mindenki</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Nothing recorded for this choice.</source>
            <translation>Ehhez a szűréshez nincs rögzített bejegyzés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>One day only (Ctrl+D)</source>
            <translation>Csak egy nap (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Person</source>
            <translation>Személy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Show more (Ctrl+M)</source>
            <translation>Továbbiak (Ctrl+M)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Subject</source>
            <translation>Tárgy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Today (Ctrl+T)</source>
            <translation>Ma (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>When</source>
            <translation>Időpont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>{n} entries shown, newest first.</source>
            <translation>Látható bejegyzések: {n}, a legújabb elöl.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>1. The data the counter holds now ({members} members, {visits} visits) is saved first, as a backup named “Before a restore”. Restoring that one undoes this.

2. Then the counter shows the data of {when}: {old_members} members, {old_visits} visits. Visits and members recorded after that are then only in the saved backup.</source>
            <translation>1. Előbb a kassza mostani adatai ({members} tag, {visits} vásárlás) elmentődnek „Visszaállítás előtt” nevű biztonsági mentésként. Annak visszaállításával ez visszavonható.

2. Ezután a kassza ennek az időpontnak az adatait mutatja: {when} – {old_members} tag, {old_visits} vásárlás. Az azóta rögzített vásárlások és tagok ezután csak az elmentett biztonsági mentésben lesznek meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>A backup is taken every day when the app starts, checked and compressed (one a day for a week, one a week for a month and one a month for three months are kept) and before every update. Folder: {folder}</source>
            <translation>Biztonsági mentés készül minden nap a program indításakor, ellenőrizve és tömörítve (egy hétig naponta egy, egy hónapig hetente egy, három hónapig havonta egy marad meg) és minden frissítés előtt. Mappa: {folder}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Back up now (Ctrl+B)</source>
            <translation>Mentés most (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backup taken: {name}</source>
            <translation>Biztonsági mentés kész: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backups</source>
            <translation>Biztonsági mentések</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before a restore</source>
            <translation>Visszaállítás előtt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before an update</source>
            <translation>Frissítés előtt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Choose a backup with ↑ ↓, then press Enter to restore it.</source>
            <translation>Válassz mentést a ↑ ↓ gombokkal, majd nyomj Entert a visszaállításhoz.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Copy saved: {path}</source>
            <translation>Másolat elmentve: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Daily</source>
            <translation>Napi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>It was made by an earlier version and is updated first.</source>
            <translation>Korábbi verzió készítette, ezért előbb frissül.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Kind</source>
            <translation>Fajta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Last good backup: {date} {time} ({ago})</source>
            <translation>Utolsó jó biztonsági mentés: {date} {time} ({ago})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Loyalty POS data (*.sqlite3 *.db);;All files (*)</source>
            <translation>Loyalty POS-adatok (*.sqlite3 *.db);;Minden fájl (*)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Made by hand</source>
            <translation>Kézi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Members</source>
            <translation>Tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No backups yet. Ctrl+B takes one now.</source>
            <translation>Még nincs biztonsági mentés. Ctrl+B: mentés most.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No checked backup yet. Ctrl+B takes one now.</source>
            <translation>Még nincs ellenőrzött biztonsági mentés. Ctrl+B: mentés most.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Other file</source>
            <translation>Más fájl</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup from a file</source>
            <translation>Visszaállítás fájlból</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore from a file… (Ctrl+O)</source>
            <translation>Visszaállítás fájlból… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore the backup of {when}?</source>
            <translation>Visszaállítod ezt a mentést: {when}?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restored the backup of {when}: {members} members, {visits} visits. The data it replaced is saved as the newest backup (“Before a restore”).</source>
            <translation>Mentés visszaállítva ({when}): {members} tag, {visits} vásárlás. A lecserélt adatok a legújabb biztonsági mentésben vannak („Visszaállítás előtt”).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore… (Enter)</source>
            <translation>Visszaállítás… (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy of the shop's data to (e.g. a USB stick)</source>
            <translation>Az üzlet adatainak mentése ide (pl. pendrive-ra)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy to… (Ctrl+S)</source>
            <translation>Másolat mentése… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Size</source>
            <translation>Méret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Taken</source>
            <translation>Készült</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>The counter holds {members} members and {visits} visits now.</source>
            <translation>A kasszán most {members} tag és {visits} vásárlás van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Visits</source>
            <translation>Vásárlások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>cannot be read</source>
            <translation>nem olvasható</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{date} {time} ({ago})</source>
            <translation>{date} {time} ({ago})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{kind}, older version</source>
            <translation>{kind}, régebbi verzió</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{name} is not a backup of Loyalty POS. Nothing was changed.</source>
            <translation>Ez nem a Loyalty POS biztonsági mentése: {name}. Semmi sem változott.</translation>
        </message>
        <message>
            <source>A backup is taken every day when the app starts (the last 7 are kept) and before every update. Folder: {folder}</source>
            <translation type="vanished">Biztonsági mentés készül minden nap a program indításakor (az utolsó 7 megmarad) és minden frissítés előtt. Mappa: {folder}</translation>
        </message>
    </context>
    <context>
        <name>BalancesRow</name>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>Store credit</source>
            <translation>Jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} expire by {date}</source>
            <translation>{n} lejár: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} left</source>
            <translation>{n} maradt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{points} = {value}</source>
            <translation>{points} = {value}</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../loyalty_pos/ui/banner.py" />
            <source>Backups…</source>
            <translation>Biztonsági mentések…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/banner.py" />
            <source>The shop's file is damaged and read-only: {reason} Lookups work; nothing can be saved. Restore the newest good backup.</source>
            <translation>A bolt adatfájlja sérült, ezért csak olvasható: {reason} A keresés működik, de semmit sem lehet menteni. Állítsd vissza a legújabb jó biztonsági mentést.</translation>
        </message>
    </context>
    <context>
        <name>CardDesignDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Line of text</source>
            <translation>&amp;Szövegsor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;No logo</source>
            <translation>&amp;Nincs logó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Shop name on the card</source>
            <translation>Ü&amp;zlet neve a kártyán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>58 mm</source>
            <translation>58 mm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>80 mm</source>
            <translation>80 mm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>A logo is set.</source>
            <translation>Logó beállítva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Accent colour</source>
            <translation>Kiemelőszín</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Background</source>
            <translation>Háttér</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Bar&amp;code</source>
            <translation>&amp;Vonalkód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Card design</source>
            <translation>Kártya kinézete</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose a logo</source>
            <translation>Logó kiválasztása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose logo… (Ctrl+O)</source>
            <translation>Logó… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Code 128</source>
            <translation>Code 128</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>EAN-13 (scans everywhere)</source>
            <translation>EAN-13 (mindenhol beolvasható)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>F4 in the colour field opens the colour chooser</source>
            <translation>A színmezőben az F4 megnyitja a színválasztót</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Logo</source>
            <translation>Logó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>None</source>
            <translation>Nincs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pick… (F4)</source>
            <translation>Választás… (F4)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Képek (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Preview</source>
            <translation>Előnézet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Save (Enter)</source>
            <translation>Mentés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Slip &amp;paper</source>
            <translation>&amp;Bizonylatpapír</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Text colour</source>
            <translation>Szövegszín</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>e.g. Every 10th coffee free</source>
            <translation>pl. Minden 10. kávé ingyen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Mégse</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation type="vanished">Logó…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation type="vanished">Nincs logó</translation>
        </message>
        <message>
            <source>Pick…</source>
            <translation type="vanished">Választás…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Mentés</translation>
        </message>
    </context>
    <context>
        <name>CashierSwitch</name>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source> (now)</source>
            <translation> (most)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>A scan can't choose a cashier: nobody was switched. Press their number.</source>
            <translation>Beolvasással nem lehet pénztárost választani: nem történt váltás. Nyomd meg a számát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Esc: cancel</source>
            <translation>Esc: mégse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Switch cashier</source>
            <translation>Pénztárosváltás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Who is at the till? Press their number.</source>
            <translation>Ki van a kasszánál? Nyomd meg a számát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>cashier</source>
            <translation>pénztáros</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>owner</source>
            <translation>tulajdonos</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>{name}, your PIN (then Enter):</source>
            <translation>{name}, a PIN-kódod (utána Enter):</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Members</source>
            <translation>Tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>M{n}</source>
            <translation>H{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS over time</source>
            <translation>Az NPS alakulása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New and returning members</source>
            <translation>Új és visszatérő tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Returning</source>
            <translation>Visszatérő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Sales ({currency})</source>
            <translation>Forgalom ({currency})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>This month is not over yet: the share can still grow.</source>
            <translation>Ez a hónap még nem ért véget: az arány még nőhet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits</source>
            <translation>Vásárlások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits and sales</source>
            <translation>Vásárlások és forgalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>so far</source>
            <comment>under a month, week or day on a chart: not over yet</comment>
            <translation>eddig</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>{number} M</source>
            <comment>millions on a chart axis: 1,5 M Ft</comment>
            <translation>{number} M</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>{number} bn</source>
            <comment>billions on a chart axis: 1,5 bn ₫</comment>
            <translation>{number} Mrd</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Backup {file} recorded link {seq} of till {till} as {recorded}; it is {now} now: the history was rewritten after that backup.</source>
            <translation>A biztonsági mentés ({file}) a kassza ({till}) #{seq} láncszemét így rögzítette: {recorded}; most ez: {now}. Az előzményeket a mentés után átírták.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Backup {file} recorded link {seq} of till {till}; the chain no longer has it: the history was cut after that backup.</source>
            <translation>A biztonsági mentés ({file}) rögzítette a kassza ({till}) #{seq} láncszemét, de ez már nincs a láncban: az előzmények végét a mentés után levágták.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Guard trigger {name} is missing: it was dropped outside the app.</source>
            <translation>Hiányzik egy védelmi trigger ({name}): az alkalmazáson kívül törölték.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Guard trigger {name} was changed outside the app.</source>
            <translation>Egy védelmi triggert ({name}) az alkalmazáson kívül módosítottak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Link {seq} of till {till} is not what an earlier check verified: the history before it was rewritten.</source>
            <translation>A kassza ({till}) láncának #{seq} láncszeme nem az, amit egy korábbi ellenőrzés igazolt: az előtte lévő előzményeket átírták.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Setting {key} is not as the audit trail recorded: changed outside the app.</source>
            <translation>A beállítás ({key}) nem az, amit a tevékenységnapló rögzített: az alkalmazáson kívül módosították.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Staff member {id} ({name}) is not as the audit trail recorded: changed outside the app.</source>
            <translation>A munkatárs (#{id}, {name}) adatai nem azok, amiket a tevékenységnapló rögzített: az alkalmazáson kívül módosították őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The chain of till {till} does not end where its head says (link {seq}): links were removed or rewritten.</source>
            <translation>A kassza ({till}) lánca nem ott ér véget, ahol a nyilvántartott vége szerint kellene (#{seq} láncszem): láncszemeket töröltek vagy átírtak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The dashboard's totals for {day} (UTC) differ from the visits and ledger rows: changed outside the app.</source>
            <translation>Az áttekintés {day} napi (UTC) összesítői eltérnek a vásárlásoktól és a főkönyv soraitól: az alkalmazáson kívül módosították.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The dashboard's totals of member {id} for {month} (UTC) differ from the visits and ledger rows: changed outside the app.</source>
            <translation>Az áttekintés összesítői a(z) {id}. tagra, {month} hónapra (UTC) eltérnek a vásárlásoktól és a főkönyv soraitól: az alkalmazáson kívül módosították.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id} is marked voided, but no void was recorded.</source>
            <translation>Vásárlás #{id}: sztornózottként van megjelölve, de sztornót nem rögzítettek hozzá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id} was voided (audit trail) but is no longer marked voided.</source>
            <translation>Vásárlás #{id}: sztornózták (a tevékenységnapló szerint), de már nincs sztornózottként megjelölve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id}: its refunded amount or status does not match its refunds (changed outside the app).</source>
            <translation>Vásárlás #{id}: a visszatérített összege vagy az állapota nem egyezik a visszatérítéseivel (az alkalmazáson kívül módosították).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id}: the void's reason or person differs from the audit trail.</source>
            <translation>Vásárlás #{id}: a sztornó oka vagy végrehajtója eltér a tevékenységnaplóban rögzítettől.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} is in the chain (link {seq}) but no longer in the file.</source>
            <translation>{table} tábla, #{id} azonosítójú sor: szerepel a láncban (#{seq} láncszem), de a fájlban már nincs meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} is not in the chain: it was written outside the app.</source>
            <translation>{table} tábla, #{id} azonosítójú sor: nincs benne a láncban, az alkalmazáson kívül írták be.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} was changed after it was written: it does not match its hash (link {seq} of till {till}).</source>
            <translation>{table} tábla, #{id} azonosítójú sor: a beírása után módosították, nem egyezik a hash-értékével (kassza: {till}, láncszem: #{seq}).</translation>
        </message>
    </context>
    <context>
        <name>CheckoutFocus</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/focus.py" />
            <source>Nothing to apply for {name}.</source>
            <translation>Nincs alkalmazható tétel: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/focus.py" />
            <source>Nothing to apply: rewards and payments show under Apply for a member.</source>
            <translation>Nincs alkalmazható tétel: a jutalmak és a fizetési módok egy tag megnyitása után jelennek meg az Alkalmaz listában.</translation>
        </message>
    </context>
    <context>
        <name>CheckoutForm</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>&amp;Amount</source>
            <translation>Ö&amp;sszeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Apply ({apply}; {key}: how much)</source>
            <translation>Alkalmaz ({apply}; {key}: mennyit)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Confirm (Enter)</source>
            <translation>Rögzítés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon ({key})</source>
            <translation>Kupon ({key})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon code</source>
            <translation>Kuponkód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Coupon {code} added.</source>
            <translation>Kupon hozzáadva: {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Enter the amount, the items or a reward.</source>
            <translation>Add meg az összeget, a termékeket vagy egy jutalmat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Gift card code</source>
            <translation>Ajándékkártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Items (digit = how many, + −)</source>
            <translation>Termékek (számjegy = darab, + −)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>No member: enter an amount for a coupon or gift card, or scan a card.</source>
            <translation>Nincs tag: adj meg összeget kuponhoz vagy ajándékkártyához, vagy olvass be egy kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>This visit</source>
            <translation>Ez a vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>{key}: take only part of the card's balance</source>
            <translation>{key}: csak a kártya egyenlegének egy része</translation>
        </message>
        <message>
            <source>Apply (Space ticks · {key} how much)</source>
            <translation type="vanished">Alkalmaz (Szóköz: kijelöl · {key}: mennyit)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source> (VOID)</source>
            <translation> (SZTORNÓZVA)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source> (at most {amount})</source>
            <translation> (legfeljebb {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source> (program switched off)</source>
            <translation> (program kikapcsolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>(PIN locked)</source>
            <translation>(PIN-kód zárolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>(older version)</source>
            <translation>(régebbi verzió)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>(refunded)</source>
            <translation>(visszatérítve)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>(voided)</source>
            <translation>(sztornózva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>+{n} stamps</source>
            <translation>+{n} pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, expires {date}</source>
            <translation>, lejárat: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, for {name}</source>
            <translation>, részére: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>, rewards ready: {n} ({reward})</source>
            <translation>, beváltható jutalom: {n} ({reward})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, valid until {date}</source>
            <translation>, érvényes: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>--clear needs --member: the shop's default is set with an amount.</source>
            <translation>A --clear mellé --member kell: az üzlet alapértékét összeggel lehet beállítani.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--items needs --program NAME.</source>
            <translation>--items: ehhez --program NAME is kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>--list takes no amount, --member or --clear.</source>
            <translation>A --list mellé nem adható összeg, --member vagy --clear.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--program needs --items N.</source>
            <translation>--program: ehhez --items N is kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--request-id must be 1 to {max} characters.</source>
            <translation>--request-id: 1–{max} karakter lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>--to is before --from.</source>
            <translation>--to: korábbi, mint a --from.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>A past visit (--at) needs the shop's server; it cannot be queued.</source>
            <translation>Egy múltbeli látogatáshoz (--at) kell az üzlet szervere; nem tehető sorba.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>Added {kind} “{name}” (id {id}).</source>
            <translation>Hozzáadva ({kind}): „{name}” (azonosító: {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>Added {name} ({role}), number {id}.</source>
            <translation>Hozzáadva: {name} ({role}), szám: {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Admin commands over the shop's database. Acts as the Owner; asks no PIN.</source>
            <translation>Adminisztrációs parancsok az üzlet adatbázisához. Tulajdonosként fut, PIN-kódot nem kér.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Amount {amount}, discount {discount}, charged {charged}.</source>
            <translation>Összeg: {amount}, kedvezmény: {discount}, felszámítva: {charged}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Another program is reading the shop: its WAL is emptied when it stops.</source>
            <translation>Egy másik program olvassa a boltot: a WAL-fájl akkor ürül ki, amikor leáll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>BLOCKED</source>
            <translation>LETILTVA</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Back on gift card {code}: {amount}</source>
            <translation>Vissza az ajándékkártyára ({code}): {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Back to store credit: {amount}</source>
            <translation>Vissza jóváírásként: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Backup taken: {path}</source>
            <translation>Biztonsági mentés kész: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Branch {branch}</source>
            <translation>Üzletegység: {branch}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Broken rows:</source>
            <translation>Hibás sorok:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>By till</source>
            <translation>Kasszánként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Cannot use the database file: {error}</source>
            <translation>Az adatbázisfájl nem használható: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>Cannot write {path}: no such folder, or it is a folder.</source>
            <translation>{path} nem írható: nincs ilyen mappa, vagy ez maga egy mappa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Cannot write {path}: {error}</source>
            <translation>{path} nem írható: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/lookup.py" />
            <source>Card {code} does not belong to a member yet (enroll with: members add --card {code}).</source>
            <translation>A kártya ({code}) még nem tartozik taghoz (felvétel: members add --card {code}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>Card {code} is blocked.</source>
            <translation>A kártya ({code}) le van tiltva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>Card {code} works again.</source>
            <translation>A kártya ({code}) újra működik.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Card {old} is replaced by card {new} ({name}).</source>
            <translation>Kártyacsere: {old} → {new} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Change a scheme. Options not given stay as they are; “none” empties one.</source>
            <translation>Program módosítása. A meg nem adott opciók változatlanok maradnak; a „none” kiüríti az adott opciót.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Changed {kind} “{name}” (id {id}): from the next checkout.</source>
            <translation>Módosítva ({kind}): „{name}” (azonosító: {id}), a következő fizetéstől érvényes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Checked</source>
            <translation>Ellenőrzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Columns: {list}</source>
            <translation>Oszlopok: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Copied {file} to {url} in {copy} s and checked it in {check} s (till {till}, branch {branch}).</source>
            <translation>{file} átmásolva ide: {url}, {copy} mp alatt, ellenőrizve {check} mp alatt (kassza: {till}, üzlet: {branch}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Copy saved: {path}</source>
            <translation>Másolat elmentve: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Coupon for next visit: {code}</source>
            <translation>Kupon a következő vásárlásra: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Coupon offer added:</source>
            <translation>Kuponajánlat hozzáadva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Coupon {code} issued: {offer}</source>
            <translation>Kupon kiadva: {code} ({offer})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>Created {path}.</source>
            <translation>Létrehozva: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Credit earned: {n}</source>
            <translation>Szerzett jóváírás: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>DIFFERENT</source>
            <translation>ELTÉR</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Database error: {error}</source>
            <translation>Adatbázishiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>Demo shop written to {path}: {members} members, {programs} programs.</source>
            <translation>Bemutató üzlet kiírva ide: {path} – {members} tag, {programs} program.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Dry run: nothing written.</source>
            <translation>Próbafuttatás: semmi sem lett kiírva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>End of day {day}</source>
            <translation>Napzárás – {day}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>Enrolled:</source>
            <translation>Felvéve:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Erased member #{id}: their personal data is gone from the file.</source>
            <translation>A(z) #{id} tag törölve: személyes adatai eltűntek a fájlból.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Exit status: 0 done; 1 check found a problem; 2 refused, nothing changed; 3 unexpected error, details in loyalty-pos.log beside the database.</source>
            <translation>Kilépési kód: 0 kész; 1 a check hibát talált; 2 elutasítva, semmi sem változott; 3 váratlan hiba, részletek az adatbázis melletti loyalty-pos.log fájlban.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>Feedback {score} stored for visit {visit}.</source>
            <translation>Visszajelzés ({score}) mentve, vásárlás: #{visit}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>File</source>
            <translation>Fájl</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Gift card {code} is void: it is not printed again.</source>
            <translation>Az ajándékkártya ({code}) sztornózva van: nem lesz újra kinyomtatva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Gift card {code}: {balance} of {initial} left</source>
            <translation>Ajándékkártya {code}: maradék {balance} / {initial}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Gift cards</source>
            <translation>Ajándékkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Give --db the shop's file to move it to a server.</source>
            <translation>Az átköltöztetéshez a --db kapcsolónak a bolt fájlját add meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>Give an amount or --clear, not both.</source>
            <translation>Összeget vagy --clear-t adjon meg, ne mindkettőt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Give the member's CODE, or --no-member.</source>
            <translation>Add meg a tag kártyakódját (CODE), vagy: --no-member.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Hand back in cash: {amount}</source>
            <translation>Készpénzben visszaadandó: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Liability statement {start} – {end}</source>
            <translation>Kötelezettség-kimutatás: {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Member #{id}, {channel}: {answer} (recorded).</source>
            <translation>#{id} tag, {channel}: {answer} (rögzítve).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Members copied for offline lookups: {n}.</source>
            <translation>Offline kereséshez átmásolt tagok: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Members imported: {n}; opening balances: {rows}.</source>
            <translation>Importált tagok: {n}; nyitó egyenlegek: {rows}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation>A szinten lévő tagok a következő szintfelülvizsgálatig megtartják (most {n} tag).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) to spend.</source>
            <translation>A tagok megtartják a meglévő pontjaikat (összesen {held}, {n} tagnál), és elkölthetik őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) to use.</source>
            <translation>A tagok megtartják a megvett alkalmaikat (összesen {held}, {n} tagnál), és felhasználhatják őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) to redeem.</source>
            <translation>A tagok megtartják a beváltható jutalmaikat (összesen {held}, {n} tagnál), és beválthatják őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) to pay with.</source>
            <translation>A tagok megtartják a jóváírásukat (összesen {held}, {n} tagnál), és fizethetnek vele.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Merged member #{other} into member #{keep}: {n} balance(s) moved.</source>
            <translation>A(z) #{other} tag összevonva a(z) #{keep} taggal: {n} egyenleg átkerült.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>New PIN set for {name}.</source>
            <translation>Új PIN-kód beállítva: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>No backups yet.</source>
            <translation>Még nincs biztonsági mentés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>No coupon offers.</source>
            <translation>Nincs kuponajánlat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>No member has a card to print.</source>
            <translation>Egyik tagnak sincs nyomtatható kártyája.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>No members found.</source>
            <translation>Nem található tag.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>No points program takes points as payment.</source>
            <translation>Egyik pontprogram sem fogad el pontot fizetésként.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>No programs yet.</source>
            <translation>Még nincs program.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>No shortfall on this till.</source>
            <translation>Ezen a kasszán nincs hiány.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Not imported: {list}</source>
            <translation>Kimarad: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>Nothing recorded.</source>
            <translation>Nincs rögzített bejegyzés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Nothing unusual today.</source>
            <translation>Ma nem történt semmi szokatlan.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Nothing was rung up, sold or refunded that day.</source>
            <translation>Aznap nem volt sem beütött összeg, sem eladás, sem visszatérítés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>OK: the database and the ledger are consistent.</source>
            <translation>OK: az adatbázis és az egyenlegnapló egyezik.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Points earned: {n}</source>
            <translation>Szerzett pontok: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Printed to {path}.</source>
            <translation>Kinyomtatva ide: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Problems found: {n}</source>
            <translation>Talált hibák: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>Program added:</source>
            <translation>Program hozzáadva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Program changed:</source>
            <translation>Program módosítva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Queued: the shop's server cannot be reached. The visit (request id {request}) will be sent when it is back; its stamps and points are added then.</source>
            <translation>Sorba téve: az üzlet szervere nem érhető el. A látogatást (kérésazonosító: {request}) elküldjük, amint újra elérhető; a pecsétek és pontok akkor íródnak jóvá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Refunded {amount} of visit {id} ({state}).</source>
            <translation>Visszatérítve: {amount}, vásárlás: #{id} ({state}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Reserved blank cards:</source>
            <translation>Lefoglalt üres kártyák:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Restored {file}: {members} members, {visits} visits.</source>
            <translation>Visszaállítva: {file} – {members} tag, {visits} vásárlás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>SQLite cannot read the file: {error}</source>
            <translation>Az SQLite nem tudja beolvasni a fájlt: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Say what the visit does: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</source>
            <translation>Add meg, mit tartalmaz a vásárlás: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Say what to change: one or more options (programs update {kind} --help).</source>
            <translation>Add meg, mit módosítasz: egy vagy több opciót (programs update {kind} --help).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Sent: {sent}; already there: {already}; refused: {refused}.</source>
            <translation>Elküldve: {sent}; már megvolt: {already}; elutasítva: {refused}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Server</source>
            <translation>Szerver</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Several of them are called “{name}” (ids {ids}): give the id instead.</source>
            <translation>Több elem neve is „{name}” (azonosítók: {ids}): add meg inkább az azonosítót.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Shortfall on this till (spent offline, refused by the server): {n}</source>
            <translation>Hiány ezen a kasszán (offline elköltve, a szerver elutasította): {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Shortfall: spent offline, but the member no longer had it: {n}</source>
            <translation>Hiány: offline elköltve, de a tagnak már nem volt meg: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation>Kihagyott hibás sorok: {lines}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Sold:</source>
            <translation>Eladva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Switched off {kind} “{name}” (id {id}).</source>
            <translation>Kikapcsolva ({kind}): „{name}” (azonosító: {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Switched on {kind} “{name}” (id {id}).</source>
            <translation>Bekapcsolva ({kind}): „{name}” (azonosító: {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The copy differs from the file. Keep using the file, and send this output when you ask for help.</source>
            <translation>A másolat eltér a fájltól. Továbbra is a fájlt használd, és segítségkéréskor küldd el ezt a kimenetet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>The data it replaced was saved as {saved} (restore it to undo).</source>
            <translation>A lecserélt adatok mentése: {saved} (visszavonáshoz ezt állítsd vissza).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>The demo shop is not part of this build.</source>
            <translation>A bemutató üzlet nem része ennek a kiadásnak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>The file is damaged: {reason}</source>
            <translation>A fájl sérült: {reason}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The full check on the server found {count} problems:</source>
            <translation>A szerveren a teljes ellenőrzés {count} hibát talált:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The full check on the server passed: every balance equals its ledger, every chain link verifies.</source>
            <translation>A szerveren a teljes ellenőrzés sikeres: minden egyenleg egyezik a főkönyvvel, a lánc minden láncszeme hiteles.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>The gift card {code} is void or expired: its {amount} is paid in cash.</source>
            <translation>Az ajándékkártya ({code}) sztornózva van vagy lejárt: a rá eső részt ({amount}) készpénzben kell visszaadni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>The membership of {name} is active again.</source>
            <translation>A tagság újra aktív: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>The membership of {name} is blocked.</source>
            <translation>A tagság le van tiltva: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The server holds the same shop. Point the tills at it with --db.</source>
            <translation>A szerveren ugyanaz a bolt van. Állítsd rá a kasszákat a --db kapcsolóval.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>The shop's default: {value}. Members with an amount of their own: {n}.</source>
            <translation>Az üzlet alapértéke: {value}. Saját kerettel rendelkező tagok: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>The shop's server cannot be reached, and this till has no copy of the members yet (it is made at the first sync with the server).</source>
            <translation>A bolt szervere nem érhető el, és ezen a kasszán még nincs másolat a tagokról (az első szinkronizáláskor készül el).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>The whole shop</source>
            <translation>A teljes üzlet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>There is no database at {path}. Create it with: loyalty-pos admin init</source>
            <translation>Nincs adatbázis itt: {path}. Létrehozás: loyalty-pos admin init</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/lookup.py" />
            <source>There is no program “{name}”.</source>
            <translation>Nincs ilyen program: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>There is no {what} “{name}”.</source>
            <translation>Nincs ilyen {what}: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>This shop is a file on this computer: there is nothing to send.</source>
            <translation>Ez az üzlet egy fájl ezen a gépen: nincs mit elküldeni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Till {till}</source>
            <translation>Kassza: {till}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Total in money</source>
            <translation>Összesen pénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Unexpected error: {error}. Details in {log}</source>
            <translation>Váratlan hiba: {error}. Részletek itt: {log}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) get no new stamps.</source>
            <translation>A be nem telt kártyák (összesen {stamps} pecsét, {n} tagnál) nem kapnak új pecsétet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Updated to this version: {names}.</source>
            <translation>Frissítve erre a verzióra: {names}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Visit {id} recorded.</source>
            <translation>Vásárlás #{id} rögzítve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Visit {id} voided.</source>
            <translation>Vásárlás #{id} sztornózva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Visit {id} was already recorded; nothing new was written.</source>
            <translation>Vásárlás #{id}: már rögzítve volt; semmi új nem lett kiírva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Visits the server refused (not sent again):</source>
            <translation>A szerver által elutasított látogatások (nem küldjük újra):</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Voided:</source>
            <translation>Sztornózva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>While the server is away a member may spend up to {value} in credit and points per till (0: nothing). Tills learn it at their next sync.</source>
            <translation>Amíg a szerver nem érhető el, egy tag kasszánként legfeljebb {value} értékben költhet jóváírást és pontot (0: semmit). A kasszák a következő szinkronizáláskor értesülnek róla.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Without a money value (not in the total): {lines}</source>
            <translation>Pénzérték nélkül (nincs benne az összesenben): {lines}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Written: {path} ({what}, rows: {rows}).</source>
            <translation>Kiírva: {path} ({what}, {rows} sor).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Written: {path} and {summary}.</source>
            <translation>Elkészült: {path} és {summary}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>a blank card to give</source>
            <translation>kiadandó üres kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>a branch needs a name</source>
            <translation>az üzletnek nevet kell adni</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>a day's takings per cashier, to count the drawer</source>
            <translation>egy nap bevétele pénztárosonként, a kassza leszámolásához</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>a file name from 'backup list', or the path of a backup</source>
            <translation>fájlnév a 'backup list' listájából, vagy egy biztonsági mentés elérési útja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>a member's card</source>
            <translation>egy tag kártyája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>a multi-use code</source>
            <translation>többször használható kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a catalogue reward</source>
            <translation>katalógusjutalom hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>add a coupon offer</source>
            <translation>kuponajánlat hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a prepaid pass</source>
            <translation>előre fizetett bérlet hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a punch card</source>
            <translation>pecsétkártya hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>add a staff member</source>
            <translation>munkatárs hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a tier</source>
            <translation>szint hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add an item</source>
            <translation>termék hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add cashback credit</source>
            <translation>cashback-program hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add points</source>
            <translation>pontprogram hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>add, find and show members</source>
            <translation>tagok felvétele, keresése és megjelenítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>adjusted</source>
            <translation>korrigált</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>also write the new card (CR80) to a PDF</source>
            <translation>az új kártyát (CR80) PDF-be is kiírja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>an amount cannot be negative</source>
            <translation>az összeg nem lehet negatív</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>an item count is 1 or more</source>
            <translation>a darabszám legalább 1</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>at most {n} a day</source>
            <translation>naponta legfeljebb {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>balance and history</source>
            <translation>egyenleg és előzmények</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block a lost or misused card</source>
            <translation>elveszett vagy visszaélésre használt kártya letiltása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block a membership (all its cards)</source>
            <translation>tagság letiltása (az összes kártyájával)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block or unblock one card</source>
            <translation>egy kártya letiltása vagy feloldása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>cached balances</source>
            <translation>tárolt egyenlegek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>cannot be read</source>
            <translation>nem olvasható</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>cards completed: {n}</source>
            <translation>betelt kártyák: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>cash or bank card for sales</source>
            <translation>vásárlások készpénzben vagy bankkártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>catalogue reward</source>
            <translation>katalógusjutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a catalogue reward (options of add-reward)</source>
            <translation>katalógusjutalom módosítása (az add-reward opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a credit program (options of add-credit)</source>
            <translation>jóváírás-program módosítása (az add-credit opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a pass (options of add-pass)</source>
            <translation>bérlet módosítása (az add-pass opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a points program (options of add-points)</source>
            <translation>pontprogram módosítása (az add-points opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a promotion (options of add-promotion)</source>
            <translation>akció módosítása (az add-promotion opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a punch card (options of add-stamp-card)</source>
            <translation>pecsétkártya módosítása (az add-stamp-card opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a scheme: points|credit|pass|reward|promotion|tier|item|card</source>
            <translation>program módosítása: points|credit|pass|reward|promotion|tier|item|card</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a tier (options of add-tier)</source>
            <translation>szint módosítása (az add-tier opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change an item (options of add-item)</source>
            <translation>termék módosítása (az add-item opciói)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>change one setting: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150), colours (standard, high_contrast), gift_card_owner_limit or void_owner_limit (minor units)</source>
            <translation>egy beállítás módosítása: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150), colours (standard, high_contrast), gift_card_owner_limit vagy void_owner_limit (váltópénz-egységben)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>check out: earn and redeem</source>
            <translation>fizetés: gyűjtés és beváltás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>closing</source>
            <translation>záró</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>code {code}</source>
            <translation>kód: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>codes valid {n} days</source>
            <translation>a kódok {n} napig érvényesek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>copy this shop to an empty PostgreSQL database and verify the copy</source>
            <translation>a bolt átmásolása egy üres PostgreSQL-adatbázisba, a másolat ellenőrzésével</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>correct a balance</source>
            <translation>egyenleg korrekciója</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>count only the tills of this branch</source>
            <translation>csak ennek az üzletegységnek a kasszái</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>count only this till</source>
            <translation>csak ez a kassza</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>coupon offers and codes</source>
            <translation>kuponajánlatok és kódok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>coupon {code}: {offer} (valid to {date})</source>
            <translation>kupon {code}: {offer} (érvényes: {date})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>create or migrate the database</source>
            <translation>az adatbázis létrehozása vagy frissítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>credit program</source>
            <translation>jóváírás-program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>daily limit reached ({n} not given)</source>
            <translation>napi korlát elérve ({n} nem járt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>dashboard, whole history</source>
            <translation>irányítópult, a teljes időszak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>database file (default: $LOYALTY_POS_DB, else the data dir)</source>
            <translation>adatbázisfájl (alapértelmezés: $LOYALTY_POS_DB, különben az adatmappa)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>discounts given</source>
            <translation>adott kedvezmények</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>e-mail {email}</source>
            <translation>e-mail: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>each issued code is valid N days, counting the day of issue</source>
            <translation>minden kiadott kód N napig érvényes, a kiadás napját is beleszámítva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>enroll a member</source>
            <translation>tag felvétele</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>erase a member's personal data for good (visits and sums stay)</source>
            <translation>egy tag személyes adatainak végleges törlése (a látogatások és összegek maradnak)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>every active member</source>
            <translation>minden aktív tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>everything held about one member: JSON and a CSV summary</source>
            <translation>minden, amit egy tagról tárolunk: JSON és CSV-összefoglaló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>expired</source>
            <translation>lejárt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>fill an empty database with the demo</source>
            <translation>üres adatbázis feltöltése a bemutató adatokkal</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>free item</source>
            <translation>ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>from {amount}</source>
            <translation>min. vásárlás: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>gift card balances</source>
            <translation>ajándékkártya-egyenlegek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>gift cards sold</source>
            <translation>eladott ajándékkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>hash chain heads</source>
            <translation>hash-láncok vége</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>import members from a CSV file: all rows or none</source>
            <translation>tagok importálása CSV-fájlból: minden sor vagy egy sem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>import the valid rows and leave out the broken ones</source>
            <translation>a hibátlan sorok importálása, a hibásak kihagyása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>in full</source>
            <translation>teljes</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>in money</source>
            <translation>pénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>in part</source>
            <translation>részleges</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>integrity and ledger check</source>
            <translation>integritás- és egyenlegnapló-ellenőrzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issue N codes</source>
            <translation>N kód kiadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issue a single-use code</source>
            <translation>egyszer használható kód kiadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>issued</source>
            <translation>kiadott</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issued after a visit of {amount}</source>
            <translation>kiadás legalább ekkora vásárlás után: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issued in the birthday month</source>
            <translation>kiadás a születésnap hónapjában</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>item</source>
            <translation>termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>its name, or its id</source>
            <translation>a neve vagy az azonosítója</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>last day, inclusive</source>
            <translation>utolsó nap (beleértve)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>ledger sums</source>
            <translation>főkönyvi összegek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>let a blocked card work again</source>
            <translation>letiltott kártya újraengedélyezése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>let a person locked out by wrong PINs in</source>
            <translation>hibás PIN-kódok miatt kizárt munkatárs feloldása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>lift a membership's block</source>
            <translation>tagság letiltásának feloldása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>line {n}</source>
            <translation>{n}. sor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>list the coupon offers</source>
            <translation>kuponajánlatok listája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>list the members with an amount of their own</source>
            <translation>a saját offline kerettel rendelkező tagok listája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>list the programs</source>
            <translation>programok listája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>list the staff</source>
            <translation>munkatársak listája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>list, take and restore backups</source>
            <translation>biztonsági mentések listázása, készítése és visszaállítása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>member search rows</source>
            <translation>tagkereső sorok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>members who consented on a channel, to CSV for a mail or SMS tool</source>
            <translation>egy csatornán hozzájáruló tagok CSV-be, levelező- vagy SMS-programhoz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>members with many visits today</source>
            <translation>ma sokszor vásárló tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>merge a duplicate member (OTHER) into the member kept (KEEP)</source>
            <translation>egy duplikált tag (OTHER) összevonása a megtartott taggal (KEEP)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>minor units (fixed) or percent (percent); none for free-item</source>
            <translation>váltópénz-egység (fixed) vagy százalék (percent); free-item esetén nincs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>multiply points</source>
            <translation>pontszorzó akció hozzáadása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>name who brought a member</source>
            <translation>ajánló megadása egy taghoz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>never</source>
            <translation>soha</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>new card</source>
            <translation>új kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>no</source>
            <translation>nem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>no card</source>
            <translation>kártya nélkül</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>no end date</source>
            <translation>határidő nélkül</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>not a server address (postgresql://user@host/database)</source>
            <translation>nem szervercím (postgresql://felhasználó@gép/adatbázis)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>nothing new from it; members keep what they hold</source>
            <translation>nem ad újat; a tagok megtartják, amijük van</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>on again</source>
            <translation>újra bekapcsolva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>one member (card code or member number) instead of the default</source>
            <translation>egy tag (kártyakód vagy tagszám) az alapérték helyett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>one member, with balances</source>
            <translation>egy tag, egyenlegekkel</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>only what they did</source>
            <translation>csak az adott személy tevékenysége</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>opening</source>
            <translation>nyitó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with gift cards</source>
            <translation>fizetve ajándékkártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with points</source>
            <translation>fizetve pontokkal</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with store credit</source>
            <translation>fizetve jóváírásból</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>pass</source>
            <translation>bérlet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>pass uses</source>
            <translation>bérletalkalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>phone {phone}</source>
            <translation>telefon: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>points</source>
            <translation>pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>points program</source>
            <translation>pontprogram</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>print gift cards to a PDF</source>
            <translation>ajándékkártyák nyomtatása PDF-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>print one JSON document on stdout</source>
            <translation>egyetlen JSON-dokumentum kiírása a szabványos kimenetre</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>print them as cards to this PDF</source>
            <translation>kártyaként nyomtatás ebbe a PDF-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>promotion</source>
            <translation>akció</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>punch card</source>
            <translation>pecsétkártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>punch cards and schemes: add, update, switch, list</source>
            <translation>pecsétkártyák és programok: hozzáadás, módosítás, ki-/bekapcsolás, listázás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>recent visits:</source>
            <translation>legutóbbi vásárlások:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>record a member's answer on one channel (a new row in the register)</source>
            <translation>egy tag válaszának rögzítése egy csatornán (új sor a nyilvántartásban)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>redeemed</source>
            <translation>beváltott</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>redeemed {n}</source>
            <translation>beváltva: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>refund a visit</source>
            <translation>vásárlás visszatérítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>refunded</source>
            <translation>visszatérített</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded as store credit</source>
            <translation>visszatérítve jóváírásként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded in cash</source>
            <translation>visszatérítve készpénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded to gift cards</source>
            <translation>visszatérítve ajándékkártyára</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunds</source>
            <translation>visszatérítések</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>replace a lost card: a new number, balances kept</source>
            <translation>elveszett kártya cseréje: új szám, az egyenlegek megmaradnak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>replace the data with a backup's (the current data is saved first)</source>
            <translation>az adatok cseréje egy biztonsági mentésre (előbb a jelenlegi adatok mentődnek)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>reserve N new blank cards</source>
            <translation>N új üres kártya lefoglalása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>rewards ready</source>
            <translation>beváltható jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>rewards redeemed</source>
            <translation>beváltott jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>rewards redeemed: {n}</source>
            <translation>beváltott jutalmak: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>rows in {table}</source>
            <translation>sorok: {table}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>rung up</source>
            <translation>beütött összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>sales</source>
            <translation>forgalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>same</source>
            <translation>egyezik</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>save a copy of the data in another folder (a USB stick)</source>
            <translation>az adatok másolatának mentése egy másik mappába (pendrive-ra)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>search by name, phone or card</source>
            <translation>keresés név, telefon vagy kártya alapján</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>sell a new gift card</source>
            <translation>új ajándékkártya eladása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>sell and look up gift cards</source>
            <translation>ajándékkártyák eladása és keresése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>send the visits queued while the server was away; refresh the copy</source>
            <translation>a szerver kiesése alatt sorba tett látogatások elküldése; a másolat frissítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>set a new PIN for a person</source>
            <translation>új PIN-kód beállítása egy munkatársnak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>show or set what a member may spend while the server is away</source>
            <translation>megmutatja vagy beállítja, mennyit költhet egy tag, amíg a szerver nem érhető el</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>show the settings</source>
            <translation>beállítások megjelenítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>show what would be imported and every broken row; write nothing</source>
            <translation>megmutatja, mi lenne importálva, és minden hibás sort; nem ír semmit</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>spends taken offline that the server then refused (this till)</source>
            <translation>offline elköltött összegek, amelyeket a szerver utóbb elutasított (ez a kassza)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>stacking and referral</source>
            <translation>kedvezmények halmozása és ajánlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>staff members and PINs</source>
            <translation>munkatársak és PIN-kódok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>stamps</source>
            <translation>pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>stamps expire after {n} days</source>
            <translation>a pecsétek {n} nap után lejárnak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>stamps given</source>
            <translation>kiadott pecsétek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>start a new shop where one was lost (the file found there is kept aside)</source>
            <translation>új bolt indítása ott, ahol egy elveszett (az ott talált fájl félre van téve)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>store a 0-10 score for a visit</source>
            <translation>0–10-es értékelés mentése egy vásárláshoz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>store credit</source>
            <translation>jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>switch a gift card off</source>
            <translation>ajándékkártya kikapcsolása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>switch a scheme off or on again</source>
            <translation>program ki- vagy visszakapcsolása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>switched off</source>
            <translation>kikapcsolva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>take a backup now</source>
            <translation>biztonsági mentés készítése most</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>the answer for e-mail and SMS (per channel: members consent)</source>
            <translation>a válasz e-mailre és SMS-re (csatornánként: members consent)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>the backups, newest first</source>
            <translation>a biztonsági mentések, a legújabb elöl</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>the branch the file's till belongs to (default: main)</source>
            <translation>az üzlet, amelyhez a fájl kasszája tartozik (alapértelmezés: main)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>the consent register</source>
            <translation>a hozzájárulási nyilvántartás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>the dashboard's figures for a period</source>
            <translation>az áttekintés mutatói egy időszakra</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>the local day (default: today)</source>
            <translation>a helyi idő szerinti nap (alapértelmezés: ma)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>the member's card</source>
            <translation>a tag kártyája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>the shop's settings</source>
            <translation>az üzlet beállításai</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>the weekday is 0 (Monday) to 6 (Sunday)</source>
            <translation>a hét napja 0 (hétfő) és 6 (vasárnap) közötti</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>tier</source>
            <translation>szint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>tier: {tier}</source>
            <translation>szint: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>to collect (cash and bank card)</source>
            <translation>beszedendő (készpénz és bankkártya)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>total</source>
            <translation>összesen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>undo a visit</source>
            <translation>vásárlás sztornózása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>visits</source>
            <translation>vásárlások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>visits, refunds, ledger rows without a till</source>
            <translation>kassza nélküli vásárlás-, visszatérítés- és főkönyvi sorok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>visits: {count}, last: {last}</source>
            <translation>vásárlások: {count}, utolsó: {last}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>what the shop owes its customers: balances and how they moved</source>
            <translation>amivel az üzlet a vásárlóinak tartozik: egyenlegek és változásaik</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>who did what, when: the audit trail</source>
            <translation>ki, mit, mikor csinált: a tevékenységnapló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>with --member: back to the shop's default</source>
            <translation>a --member mellett: vissza az üzlet alapértékére</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>write --item NAME=N</source>
            <translation>formátum: --item NAME=N</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>write every consent event to CSV</source>
            <translation>minden hozzájárulási esemény CSV-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>write member cards or blank numbered cards to a PDF</source>
            <translation>tagkártyák vagy számozott üres kártyák kiírása PDF-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>write members, visits or the ledger to CSV</source>
            <translation>tagok, vásárlások vagy az egyenlegnapló kiírása CSV-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>yes</source>
            <translation>igen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{amount} off</source>
            <translation>{amount} kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>{broken} of {rows} rows cannot be imported; line {line}: {reason} Nothing was imported. --dry-run lists every broken row; --skip-broken imports the others.</source>
            <translation>{rows} sorból {broken} nem importálható; {line}. sor: {reason} Semmi sem lett importálva. A --dry-run minden hibás sort kilistáz; a --skip-broken importálja a többit.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{cards} cards, {total} left</source>
            <translation>{cards} kártya, {total} maradt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{chains} chains, {links} links</source>
            <translation>{chains} lánc, {links} láncszem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>{count} cards written to {path} ({pages} pages, {layout}).</source>
            <translation>{count} kártya kiírva ide: {path} ({pages} oldal, {layout}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{count} coupons issued: {offer}</source>
            <translation>{count} kupon kiadva: {offer}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{count} gift cards printed to {path}.</source>
            <translation>{count} ajándékkártya kinyomtatva ide: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>{file}: {encoding}, separator “{sep}”. Rows: {rows}; to import: {valid}; broken: {broken}.</source>
            <translation>{file}: {encoding}, elválasztó: „{sep}”. Sorok: {rows}; importálható: {valid}; hibás: {broken}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{id}  {name}: {needed} stamps for {reward}</source>
            <translation>{id}  {name}: {needed} pecsétért {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>{key} is now {value}.</source>
            <translation>{key} új értéke: {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>{members} members, {visits} visits</source>
            <translation>{members} tag, {visits} vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{name}  card {card}  (member {id})</source>
            <translation>{name}  kártya: {card}  (tag #{id})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>{name} (#{id}, card {card}) may spend up to {value} offline: the shop's default.</source>
            <translation>{name} (#{id}, kártya: {card}) offline legfeljebb {value} értékben költhet: az üzlet alapértéke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>{name} (#{id}, card {card}) may spend up to {value} offline: their own amount (the shop's default is {default}).</source>
            <translation>{name} (#{id}, kártya: {card}) offline legfeljebb {value} értékben költhet: saját keret (az üzlet alapértéke {default}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>{name} ({card}): {balances} — possibly out of date (last synced {synced})</source>
            <translation>{name} ({card}): {balances} — lehet, hogy elavult (utolsó szinkronizálás: {synced})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Add --allow-duplicate to enroll anyway.</source>
            <translation>{name} már ezt a telefonszámot vagy e-mail címet használja (kártya: {card}). Ha mégis felveszed, add meg: --allow-duplicate.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>{name} can type their PIN again.</source>
            <translation>{name} újra beírhatja a PIN-kódját.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>{name} was brought by {referrer}.</source>
            <translation>{name} ajánlója: {referrer}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} pass uses</source>
            <translation>{n} bérletalkalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{n} per member</source>
            <translation>tagonként {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} points</source>
            <translation>{n} pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} stamps</source>
            <translation>{n} pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} stamps per item</source>
            <translation>termékenként {n} pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>{path} is ready.</source>
            <translation>Kész: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{percent}% off</source>
            <translation>{percent}% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {amount} credit</source>
            <translation>{program}: {amount} jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {n} pass uses left</source>
            <translation>{program}: {n} bérletalkalom maradt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {n} points</source>
            <translation>{program}: {n} pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {stamps} of {needed} stamps</source>
            <translation>{program}: {stamps}/{needed} pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>{request} — {name} ({card}): credit {credit}, points {points} (worth {value}); queued {queued}, refused {refused}: {error}</source>
            <translation>{request} — {name} ({card}): jóváírás {credit}, pont {points} (értéke {value}); sorba állítva {queued}, elutasítva {refused}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{rows} rows, {accounts} accounts</source>
            <translation>{rows} sor, {accounts} számla</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{visits} visits, {sales} sales</source>
            <translation>{visits} vásárlás, {sales} forgalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>“{name}” is not in this till's copy of the shop's programs and items; the shop's server cannot be reached to look it up.</source>
            <translation>„{name}” nincs benne a kassza programokról és termékekről tárolt másolatában, és az üzlet szervere nem érhető el, hogy megkeressük.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a date (use YYYY-MM-DD)</source>
            <translation>„{value}” nem dátum (formátum: ÉÉÉÉ-HH-NN)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a time YYYY-MM-DDTHH:MM</source>
            <translation>„{value}” nem ÉÉÉÉ-HH-NNTÓÓ:PP formátumú időpont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a whole number</source>
            <translation>„{value}” nem egész szám</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a whole number of minor units</source>
            <translation>„{value}” nem egész szám váltópénz-egységben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not valid text (bytes that are not UTF-8)</source>
            <translation>„{value}” nem érvényes szöveg (nem UTF-8 bájtok vannak benne)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is outside {first} to {last}</source>
            <translation>„{value}” kívül esik ezen: {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is too large (at most {max})</source>
            <translation>„{value}” túl nagy (legfeljebb {max})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is too small (at least {min})</source>
            <translation>„{value}” túl kicsi (legalább {min})</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency or card_prefix</source>
            <translation type="vanished">egy beállítás módosítása: shop_name, currency vagy card_prefix</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150) or colours (standard, high_contrast)</source>
            <translation type="vanished">egy beállítás módosítása: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150) vagy colours (standard, high_contrast)</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency, card_prefix, text_size (100, 125, 150) or colours (standard, high_contrast)</source>
            <translation type="vanished">egy beállítás módosítása: shop_name, currency, card_prefix, text_size (100, 125, 150) vagy colours (standard, high_contrast)</translation>
        </message>
        <message>
            <source>credit</source>
            <translation type="vanished">jóváírás</translation>
        </message>
        <message>
            <source>reward</source>
            <translation type="vanished">jutalom</translation>
        </message>
        <message>
            <source>“{value}” is not a percentage</source>
            <translation type="vanished">„{value}” nem százalék</translation>
        </message>
    </context>
    <context>
        <name>ComfortActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>&amp;View</source>
            <translation>&amp;Nézet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Large</source>
            <translation>Nagy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Larger text</source>
            <translation>Nagyobb betű</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Largest</source>
            <translation>Legnagyobb</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Normal</source>
            <translation>Normál</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Normal text size</source>
            <translation>Normál betűméret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Smaller text</source>
            <translation>Kisebb betű</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %), as large as it goes.</source>
            <translation>Betűméret: {name} ({size}%), ennél nagyobb nincs.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %).</source>
            <translation>Betűméret: {name} ({size}%).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %). Ctrl+Plus larger, Ctrl+Minus smaller.</source>
            <translation>Betűméret: {name} ({size}%). Ctrl+Plusz: nagyobb, Ctrl+Mínusz: kisebb.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRestoreDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup</source>
            <translation>Biztonsági mentés visszaállítása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Yes, restore (Ctrl+Enter)</source>
            <translation>Igen, visszaállítás (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>CounterRefresh</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_refresh.py" />
            <source>Offline: the shop's server cannot be reached. This visit is queued ({n} waiting) and its stamps and points are added when the server is back.</source>
            <translation>Offline: a bolt szervere nem érhető el. Ez a látogatás sorba került ({n} várakozik), a pecsétek és pontok akkor íródnak jóvá, amikor a szerver újra elérhető.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_refresh.py" />
            <source>The shop's server is back: {n} queued visits sent.</source>
            <translation>A bolt szervere újra elérhető: {n} sorba állított látogatás elküldve.</translation>
        </message>
    </context>
    <context>
        <name>CouponOffersDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> (off)</source>
            <translation> (kikapcsolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> days</source>
            <translation> nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Given out</source>
            <translation>Ki&amp;osztás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Fajta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Maximum discount</source>
            <translation>&amp;Maximális kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Név</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Value</source>
            <translation>Ér&amp;ték</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, birthday</source>
            <translation>, születésnap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, code {code}</source>
            <translation>, kód: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, next visit</source>
            <translation>, következő vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Active (accepted at the counter)</source>
            <translation>Aktív (a kassza elfogadja)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>After a visit charging at least…</source>
            <translation>Legalább ennyi értékű vásárlás után…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Coupon offers</source>
            <translation>Kuponajánlatok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Each code valid &amp;for</source>
            <translation>Kódok é&amp;rvényessége</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Edit “{name}”</source>
            <translation>„{name}” szerkesztése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Fixed discount</source>
            <translation>Fix kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Free item</source>
            <translation>Ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>In the member's birthday month</source>
            <translation>A tag születésnapjának hónapjában</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Issue a code (Ctrl+I)</source>
            <translation>Kód kiadása (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Minimum &amp;spend</source>
            <translation>Minimális kö&amp;ltés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New code: {code}</source>
            <translation>Új kód: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New coupon offer</source>
            <translation>Új kuponajánlat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New offer (Ctrl+N)</source>
            <translation>Új ajánlat (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New single-use codes of “{name}”</source>
            <translation>Új egyszer használható kódok: „{name}”</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Only by hand</source>
            <translation>Csak kézzel</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Percent discount</source>
            <translation>Százalékos kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print codes… (Ctrl+P)</source>
            <translation>Kódok nyomtatása… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print coupons</source>
            <translation>Kuponok nyomtatása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Mentés (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Shared &amp;code</source>
            <translation>&amp;Közös kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Uses &amp;per member</source>
            <translation>Használat ta&amp;gonként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;from</source>
            <translation>Érvényes &amp;ettől</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;until</source>
            <translation>Érvényes e&amp;ddig</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Visit charging at &amp;least</source>
            <translation>Vásárlási érték leg&amp;alább</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>ÉÉÉÉ-HH-NN (nem kötelező)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>e.g. 10 % off in spring</source>
            <translation>pl. Tavaszi 10% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>free item</source>
            <translation>ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no limit</source>
            <translation>nincs korlát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no maximum</source>
            <translation>nincs felső határ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>none</source>
            <translation>nincs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>optional, e.g. SPRING-10 (anyone may type it)</source>
            <translation>nem kötelező, pl. TAVASZ-10 (bárki beírhatja)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>the offer's dates</source>
            <translation>az ajánlat időszaka</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{amount} off</source>
            <translation>{amount} kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{name}: {what}</source>
            <translation>{name}: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{percent} % off</source>
            <translation>{percent}% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation>„{text}” nem dátum (formátum: ÉÉÉÉ-HH-NN).</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="vanished">Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
    </context>
    <context>
        <name>CustomerEnrolDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card {code} is already {name}'s card: scan a blank card.</source>
            <translation>A(z) {code} kártya már {name} kártyája: olvasson be egy üres kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card {code} will be the new member's card.</source>
            <translation>A(z) {code} kártya lesz az új tag kártyája.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card: a new number (or scan a blank card)</source>
            <translation>Kártya: új szám (vagy olvasson be egy üres kártyát)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card: {code}</source>
            <translation>Kártya: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>E-mail: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrol (Enter)</source>
            <translation>Felvétel (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrol anyway (Enter)</source>
            <translation>Felvétel mégis (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrolment on the customer screen</source>
            <translation>Belépés a vásárlói képernyőn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Name: {name}</source>
            <translation>Név: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Phone: {phone}</source>
            <translation>Telefon: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>The customer has finished: check and press Enter.</source>
            <translation>A vásárló végzett: ellenőrizze, majd nyomja meg az Entert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>The customer types their details on the customer screen. Check them, then Enter to enrol.</source>
            <translation>A vásárló a vásárlói képernyőn írja be az adatait. Ellenőrizze őket, majd Enterrel vegye fel.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Type it here instead (F3)</source>
            <translation>Inkább itt gépelem be (F3)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>no</source>
            <translation>nem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>yes</source>
            <translation>igen</translation>
        </message>
    </context>
    <context>
        <name>CustomerFollow</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_customer.py" />
            <source>The customer answered {score} (visit {id}).</source>
            <translation>A vásárló válasza: {score} ({id}. látogatás).</translation>
        </message>
    </context>
    <context>
        <name>CustomerScreen</name>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>0 = not at all</source>
            <translation>0 = egyáltalán nem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>10 = certainly</source>
            <translation>10 = biztosan</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Also bought</source>
            <translation>Még vásárolt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Coupon: {name}</source>
            <translation>Kupon: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Hello, {name}!</source>
            <translation>Üdvözöljük, {name}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation>Mennyire valószínű, hogy ajánlana minket egy ismerősének?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Join our loyalty programme</source>
            <translation>Csatlakozzon törzsvásárlói programunkhoz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>May we send you offers? Tap each way you agree to.</source>
            <translation>Küldhetünk Önnek ajánlatokat? Koppintson arra, amihez hozzájárul.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/keyboard.py" />
            <source>Next</source>
            <translation>Tovább</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by e-mail</source>
            <translation>Ajánlatok e-mailben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by post</source>
            <translation>Ajánlatok postán</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by text message</source>
            <translation>Ajánlatok SMS-ben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Paid with gift card</source>
            <translation>Ajándékkártyával fizetve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Paid with store credit</source>
            <translation>Vásárlási jóváírással fizetve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Ready: {reward}</source>
            <translation>Beváltható: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Ready: {reward} ×{n}</source>
            <translation>Beváltható: {reward} ×{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Scan at the counter.</source>
            <translation>Kérjük, a pultnál olvassa be.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/keyboard.py" />
            <source>Space</source>
            <translation>Szóköz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Store credit</source>
            <translation>Jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Thank you for your answer!</source>
            <translation>Köszönjük a válaszát!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Thank you!</source>
            <translation>Köszönjük!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Thank you, {name}!</source>
            <translation>Köszönjük, {name}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>This visit earns: {what}</source>
            <translation>Ezzel a vásárlással kap: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Tier: {tier}</source>
            <translation>Szint: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>To pay</source>
            <translation>Fizetendő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Used now: {what}</source>
            <translation>Most beváltva: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Welcome</source>
            <translation>Üdvözöljük</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Welcome!</source>
            <translation>Üdvözöljük!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Your name</source>
            <translation>Az Ön neve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{n} left</source>
            <translation>{n} maradt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{program} +{n}</source>
            <translation>{program} +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{stamps} of {needed}</source>
            <translation>{stamps} / {needed}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>20 % off</source>
            <translation>20% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>500 Ft off</source>
            <translation>500 Ft kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Bean points</source>
            <translation>Babpontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Best flat white in town!</source>
            <translation>Itt a legjobb a flat white a városban!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Birthday treat</source>
            <translation>Születésnapi meglepetés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Cinnamon bun</source>
            <translation>Fahéjas csiga</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Coffee card</source>
            <translation>Kávékártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Could you add oat milk?</source>
            <translation>Lehetne zabtej is?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Croissant</source>
            <translation>Croissant</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Customer cancelled the order</source>
            <translation>A vendég lemondta a rendelést</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Entered 3 coffees instead of 1</source>
            <translation>1 helyett 3 kávé lett beütve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Free coffee</source>
            <translation>Ingyen kávé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Free croissant</source>
            <translation>Ingyen croissant</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Gold</source>
            <translation>Arany</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Kürtőskalács</source>
            <translation>Kürtőskalács</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Lovely croissants, friendly staff.</source>
            <translation>Finom croissant, kedves személyzet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Music a bit loud.</source>
            <translation>Kicsit hangos a zene.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Pastry card</source>
            <translation>Péksütemény-kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The queue was long this morning.</source>
            <translation>Reggel hosszú volt a sor.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Welcome back</source>
            <translation>Örülünk, hogy visszajöttél</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Wrong member scanned</source>
            <translation>Rossz tag kártyája lett beolvasva</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Birthday</source>
            <translation>&amp;Születésnap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Card</source>
            <translation>&amp;Kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Name *</source>
            <translation>&amp;Név *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Referred by
(card or phone)</source>
            <translation>&amp;Ajánlotta
(kártya vagy telefon)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;SMS</source>
            <translation>S&amp;MS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>+36 30 123 4567</source>
            <translation>+36 30 123 4567</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A scan can't change a member's card here: nothing was changed.</source>
            <translation>Itt beolvasással nem cserélhető a tag kártyája: semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Agrees to offers by
(tick only on a yes)</source>
            <translation>Ajánlatokat kér így:
(csak igen esetén jelölje)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Card {code} is already {name}'s card: scan a blank card.</source>
            <translation>A kártya ({code}) már {name} kártyája: olvass be egy üres kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Card {code} will be the new member's card.</source>
            <translation>A kártya ({code}) lesz az új tag kártyája.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>E-mai&amp;l</source>
            <translation>E-mai&amp;l</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Edit {name}</source>
            <translation>Szerkesztés: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Empty: new number. Or scan a printed card.</source>
            <translation>Üresen: új szám. Vagy olvass be egy nyomtatott kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll &amp;anyway</source>
            <translation>Mégis &amp;felveszem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll (Ctrl+Enter)</source>
            <translation>Felvétel (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll a new member</source>
            <translation>Új tag felvétele</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>No&amp;tes</source>
            <translation>Meg&amp;jegyzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Open {name} (Enter)</source>
            <translation>Megnyitás: {name} (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Optional: the card or phone of who brought them</source>
            <translation>Nem kötelező: az ajánló kártyája vagy telefonszáma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>P&amp;ost</source>
            <translation>&amp;Postai levél</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by</source>
            <translation>Ajánlotta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}.</source>
            <translation>Ajánlotta: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}: both get the bonus at the first paid visit.</source>
            <translation>Ajánló: {name}. Mindketten bónuszt kapnak az első fizetős vásárláskor.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Mentés (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>ÉÉÉÉ-HH-NN (nem kötelező)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>name@example.com</source>
            <translation>nev@pelda.hu</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="vanished">&amp;Igen</translation>
        </message>
        <message>
            <source>Ask whether they want offers: choose Yes or No.</source>
            <translation type="vanished">Kérdezd meg, kér-e ajánlatokat, és válassz: Igen vagy Nem.</translation>
        </message>
        <message>
            <source>N&amp;o</source>
            <translation type="vanished">Ne&amp;m</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation type="vanished">Megnyitás: {name}</translation>
        </message>
        <message>
            <source>Wants offers by
phone / e-mail? *</source>
            <translation type="vanished">Kér ajánlatokat
telefonon / e-mailben? *</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;PIN of {owner}</source>
            <translation>{owner} &amp;PIN-kódja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Reason (no personal data)</source>
            <translation>&amp;Indok (személyes adat nélkül)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase a member</source>
            <translation>Tag törlése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase for good</source>
            <translation>Végleges törlés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase {name} (member #{id}, card {card}) for good? Their name, phone, e-mail, birthday, notes and feedback comments are removed and cannot be brought back. Visits and balances stay, as “Erased member #{id}”.</source>
            <translation>Véglegesen törli: {name} (#{id} tag, {card} kártya)? A neve, telefonszáma, e-mail-címe, születésnapja, megjegyzései és visszajelzés-megjegyzései törlődnek, és nem állíthatók vissza. A látogatások és egyenlegek „Törölt tag #{id}” néven megmaradnak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>e.g. asked at the counter on 10 March</source>
            <translation>pl. a pultnál kérte március 10-én</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>A PIN is {min} to {max} digits.</source>
            <translation>A PIN-kód {min}–{max} számjegyből áll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A bonus cannot be negative.</source>
            <translation>A bónusz nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>A card number has 13 digits; “{code}” has {count}. Check the number.</source>
            <translation>A kártyaszám 13 számjegyből áll; „{code}”: {count} számjegy. Ellenőrizd a számot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>A code of this shop has 13 digits; “{code}” is not one. Check it.</source>
            <translation>Az üzlet kódjai 13 számjegyűek; „{code}” nem ilyen. Ellenőrizd.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A comment has at most {max} characters.</source>
            <translation>A megjegyzés legfeljebb {max} karakter lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is issued on a birthday or after a visit.</source>
            <translation>Kupont születésnapkor vagy vásárlás után lehet kiadni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is valid for 1 to {max} days.</source>
            <translation>Egy kupon 1–{max} napig lehet érvényes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>A coupon offer called “{name}” already exists.</source>
            <translation>Már van ilyen nevű kuponajánlat: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon the shop issues by itself cannot also have a shared code.</source>
            <translation>Az üzlet által automatikusan kiadott kuponnak nem lehet közös kódja is.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A daily limit must be more than zero.</source>
            <translation>A napi korlátnak nullánál nagyobbnak kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A fixed discount must be more than zero.</source>
            <translation>A fix kedvezménynek nullánál nagyobbnak kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A free-item coupon has no value; leave it 0.</source>
            <translation>Az ingyenes termékre szóló kuponnak nincs értéke; hagyd 0-n.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>A gift card is worth more than zero and at most {max}.</source>
            <translation>Az ajándékkártya értéke nullánál több, legfeljebb {max} lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>A gift card must expire after today ({date}).</source>
            <translation>Az ajándékkártya lejárata a mai nap ({date}) utáni legyen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>A gift card worth {amount} needs the owner's approval (above {limit}). Nothing was sold.</source>
            <translation>{amount} értékű ajándékkártyához a tulajdonos jóváhagyása kell ({limit} fölött). Nem történt eladás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A maximum discount must be more than zero.</source>
            <translation>A maximális kedvezménynek nullánál nagyobbnak kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/merge.py" />
            <source>A member cannot be merged with themselves.</source>
            <translation>Egy tagot nem lehet önmagával összevonni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A member cannot refer themselves.</source>
            <translation>Egy tag nem ajánlhatja saját magát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/contact_lists.py" />
            <source>A month is 1 to 12.</source>
            <translation>A hónap 1 és 12 közötti szám.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A pass has between 1 and 1000 uses.</source>
            <translation>Egy bérleten 1 és 1000 közötti alkalom lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A percent discount is between 1 and 100.</source>
            <translation>A százalékos kedvezmény 1 és 100 közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>A phone number has 7 to 15 digits; “{phone}” has {n}.</source>
            <translation>A telefonszám 7–15 számjegyből áll; „{phone}”: {n} számjegy.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A point's value must be more than zero.</source>
            <translation>A pont értékének nullánál nagyobbnak kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A price cannot be negative.</source>
            <translation>Az ár nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A program appears twice in the visit.</source>
            <translation>Egy program kétszer szerepel a vásárlásban.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A program called “{name}” already exists.</source>
            <translation>Már van ilyen nevű program: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A promotion multiplies points by more than 1 and up to 10.</source>
            <translation>Az akció szorzója 1-nél nagyobb, legfeljebb 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>A referrer can only be named before the first paid visit.</source>
            <translation>Ajánlót csak az első fizetős vásárlás előtt lehet megadni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>A refund cannot be negative.</source>
            <translation>A visszatérítés nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>A report covers at most {days} days.</source>
            <translation>Egy kimutatás legfeljebb {days} napot ölelhet fel.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A request id has 1 to {max} characters.</source>
            <translation>A kérésazonosító 1–{max} karakterből áll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A reward called “{name}” already exists.</source>
            <translation>Már van ilyen nevű jutalom: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A reward costs at least one point.</source>
            <translation>Egy jutalom legalább egy pontba kerül.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A role is one of: {roles}.</source>
            <translation>A szerepkör ezek egyike lehet: {roles}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A score is a whole number from 0 to 10, not {score}.</source>
            <translation>Az értékelés 0 és 10 közötti egész szám, nem {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A spend to earn the coupon needs the next-visit trigger.</source>
            <translation>Minimális vásárlási érték csak a „következő vásárlás” kiosztási módhoz adható meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A staff name has 1 to {max} characters.</source>
            <translation>A munkatárs neve 1–{max} karakterből áll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A tier called “{name}” already exists.</source>
            <translation>Már van ilyen nevű szint: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier discount is between 0 and 100 %.</source>
            <translation>A szintkedvezmény 0 és 100% közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier multiplies points by 1 to 10.</source>
            <translation>A szint pontszorzója 1 és 10 közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier needs a minimum spend, a number of visits or a membership fee.</source>
            <translation>A szinthez minimális költés, vásárlásszám vagy tagsági díj kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier's rank is 1 or more.</source>
            <translation>A szint rangja legalább 1.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>A till name has 1 to 20 letters, digits or _ (it goes into backup file names), not “{value}”.</source>
            <translation>A kassza neve 1–20 betűből, számjegyből vagy _ jelből áll (bekerül a biztonsági mentések fájlnevébe); „{value}” nem ilyen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>A wording version has 1 to 40 characters.</source>
            <translation>A szövegváltozat 1–40 karakter hosszú.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Amounts and counts cannot be negative.</source>
            <translation>Az összegek és a darabszámok nem lehetnek negatívak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>An amount cannot be negative.</source>
            <translation>Az összeg nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>An imported visit cannot be in the future.</source>
            <translation>Importált vásárlás nem lehet a jövőben.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>An item called “{name}” already exists.</source>
            <translation>Már van ilyen nevű termék: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Another tier already has rank {rank}.</source>
            <translation>Már van másik szint ezzel a ranggal: {rank}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>At most {left} of this visit can still be refunded.</source>
            <translation>Ebből a vásárlásból legfeljebb {left} téríthető még vissza.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>At most {limit} discount reward(s) per visit.</source>
            <translation>Vásárlásonként legfeljebb {limit} kedvezményes jutalom adható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>At most {max} items in one visit.</source>
            <translation>Egy vásárlásban legfeljebb {max} termék lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Cannot read {path}: {error}</source>
            <translation>{path} nem olvasható: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <location filename="../../loyalty_pos/services/member_export.py" />
            <source>Cannot write {path}: {error}</source>
            <translation>{path} nem írható: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Card {code} already belongs to {name}.</source>
            <translation>A kártya ({code}) már egy másik tagé: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} does not belong to a member yet. Press F3 to enroll.</source>
            <translation>A kártya ({code}) még nem tartozik taghoz. Felvétel: F3.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is a blank card: press F3 to enroll a new member with it.</source>
            <translation>A kártya ({code}) üres kártya. Új tag felvétele vele: F3.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is already in use.</source>
            <translation>A kártya ({code}) már használatban van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is blocked.</source>
            <translation>A kártya ({code}) le van tiltva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>Card {code} is not in this till's copy of the member list, and the shop's server cannot be reached to look it up.</source>
            <translation>A(z) {code} kártya nincs benne a kassza taglista-másolatában, és az üzlet szervere nem érhető el, hogy megkeressük.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Card {code} was already replaced by card {new}.</source>
            <translation>A kártyát ({code}) már lecserélték erre: {new}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced and stays retired.</source>
            <translation>A kártyát ({code}) lecserélték, végleg érvénytelen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced by card {new}. Ask for the new card.</source>
            <translation>A kártyát ({code}) lecserélték erre: {new}. Kérd el az új kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code}: this card was erased at its member's request.</source>
            <translation>{code} kártya: ezt a kártyát a tagja kérésére törölték.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Catalogue rewards belong to a points program.</source>
            <translation>A katalógusjutalmak egy pontprogramhoz tartoznak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Choose a language: {languages}.</source>
            <translation>Válassz nyelvet: {languages}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>Could not save a copy in {folder}: {error}</source>
            <translation>Nem sikerült másolatot menteni ide: {folder} ({error})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Counts cannot be negative.</source>
            <translation>A darabszámok nem lehetnek negatívak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} belongs to a member: open the member's card first.</source>
            <translation>A kupon ({code}) egy taghoz tartozik: előbb nyisd meg a tag kártyáját.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} expired on {date}.</source>
            <translation>A kupon lejárt ({date}): {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} is valid only from {date}.</source>
            <translation>A kupon ({code}) még nem érvényes (kezdete: {date}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Coupon {code} was already used.</source>
            <translation>A kupont ({code}) már felhasználták.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} was issued to another member.</source>
            <translation>A kupont ({code}) egy másik tag kapta.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Coupons are not set up in this shop.</source>
            <translation>Ebben az üzletben nincsenek beállítva kuponok.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Discounts per visit is 0 (no limit) to {max}.</source>
            <translation>A vásárlásonkénti kedvezmények száma 0 (nincs korlát) és {max} közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Enter a correction other than zero.</source>
            <translation>Nullától eltérő korrekciót adj meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>Enter a multiplier, e.g. {example}.</source>
            <translation>Adj meg egy szorzót, pl. {example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>Enter a percentage, e.g. {example} %.</source>
            <translation>Adj meg egy százalékot, pl. {example}%.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>Enter an amount.</source>
            <translation>Adj meg egy összeget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>Enter the amount to refund.</source>
            <translation>Add meg a visszatérítendő összeget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/member_names.py" />
            <source>Erased member #{id}</source>
            <translation>Törölt tag #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Expiry must be between 1 and 3650 days.</source>
            <translation>A lejárat 1 és 3650 nap közötti lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <source>Export members, visits or ledger, not “{what}”.</source>
            <translation>Exportálható: members, visits vagy ledger, nem „{what}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} expired on {date}.</source>
            <translation>Az ajándékkártya lejárt ({date}): {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} is already voided.</source>
            <translation>Az ajándékkártya ({code}) már sztornózva van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} is used up.</source>
            <translation>Az ajándékkártya ({code}) egyenlege elfogyott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} was voided and cannot be used.</source>
            <translation>Az ajándékkártyát ({code}) sztornózták, nem használható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Gift cards are not set up in this shop.</source>
            <translation>Ebben az üzletben nincsenek beállítva ajándékkártyák.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <source>Give a reason of 1 to {max} characters.</source>
            <translation>Adj meg egy 1–{max} karakteres indokot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Issue between 1 and {max} codes at a time.</source>
            <translation>Egyszerre 1–{max} kódot adhatsz ki.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Item number {id} is not on the list or is switched off.</source>
            <translation>Termék #{id}: nincs a listán, vagy ki van kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>Kiosk is “on” or “off”, not “{value}”.</source>
            <translation>A kioszk mód értéke „on” vagy „off” lehet, nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>Line {line}: the file is not valid CSV ({error}).</source>
            <translation>{line}. sor: a fájl nem érvényes CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>Member #{id} was erased.</source>
            <translation>A(z) #{id} tag adatait törölték.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>Member #{id} was merged into member #{into}.</source>
            <translation>A(z) #{id} tagot összevonták a(z) #{into} taggal.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>No reward is ready on “{name}” ({stamps} of {needed} stamps).</source>
            <translation>Nincs beváltható jutalom: „{name}” ({stamps}/{needed} pecsét).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>No row of the file can be imported.</source>
            <translation>A fájl egyetlen sora sem importálható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Nothing of that kind can be switched.</source>
            <translation>Ilyen fajtát nem lehet ki- vagy bekapcsolni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Nothing to confirm: enter the amount, the items bought or a reward.</source>
            <translation>Nincs mit rögzíteni: add meg az összeget, a vásárolt termékeket vagy egy jutalmat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Nothing to confirm: enter the items bought or pick a reward.</source>
            <translation>Nincs mit rögzíteni: add meg a vásárolt termékeket, vagy válassz jutalmat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Nothing was scanned.</source>
            <translation>Nem történt beolvasás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Only a percent discount can have a maximum.</source>
            <translation>Csak a százalékos kedvezménynek lehet felső határa.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Only the owner can approve this.</source>
            <translation>Ezt csak a tulajdonos hagyhatja jóvá.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Only the owner can correct a balance by more than {limit}.</source>
            <translation>{limit} feletti egyenlegkorrekciót csak a tulajdonos végezhet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Only the owner can open this.</source>
            <translation>Ezt csak a tulajdonos nyithatja meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Only {ready} rewards are ready on “{name}”.</source>
            <translation>Csak {ready} beváltható jutalom van: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Owner screens lock after 1 to 120 minutes.</source>
            <translation>A tulajdonosi képernyők zárolási ideje 1 és 120 perc közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Pass number {id} does not exist or is switched off.</source>
            <translation>Bérlet #{id}: nem létezik, vagy ki van kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Pay more than zero with the gift card.</source>
            <translation>Az ajándékkártyával nullánál többet fizess.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Points of “{name}” can only buy catalogue rewards.</source>
            <translation>„{name}” pontjai csak katalógusjutalomra válthatók be.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per amount and the amount step must be positive.</source>
            <translation>A lépésenkénti pontnak és a lépés összegének pozitívnak kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per visit and per item cannot be negative.</source>
            <translation>A vásárlásonkénti és a termékenkénti pont nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Program number {id} does not exist or is switched off.</source>
            <translation>Program #{id}: nem létezik, vagy ki van kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Promotions multiply the points of a points program.</source>
            <translation>Az akciók egy pontprogram pontjait szorozzák.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>Quit</source>
            <translation>Kilépés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody found for “{text}”.</source>
            <translation>Ajánló: nincs találat erre: „{text}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody has card {code}.</source>
            <translation>Ajánló: senkinek sincs ilyen kártyája: {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: several members match “{text}”. Use the card number.</source>
            <translation>Ajánló: több tag is illik erre: „{text}”. Add meg a kártyaszámot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refunding.py" />
            <source>Request id {request} was already used for another refund; nothing was changed.</source>
            <translation>A kérésazonosítót ({request}) már egy másik visszatérítéshez használták; semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Request id {request} was already used for another visit; nothing was changed.</source>
            <translation>A kérésazonosítót ({request}) már egy másik vásárláshoz használták; semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Reserve 1 to {max} blank cards at a time.</source>
            <translation>Egyszerre 1–{max} üres kártyát foglalhatsz le.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>Restore the newest backup</source>
            <translation>A legújabb biztonsági mentés visszaállítása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Reward number {id} does not exist or is switched off.</source>
            <translation>Jutalom #{id}: nem létezik, vagy ki van kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same card number as line {line} ({name}).</source>
            <translation>Ugyanez a kártyaszám ebben a sorban is szerepel: {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same e-mail as line {line} ({name}).</source>
            <translation>Ugyanez az e-mail cím ebben a sorban is szerepel: {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same phone number as line {line} ({name}).</source>
            <translation>Ugyanez a telefonszám ebben a sorban is szerepel: {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Say by how much to change the value.</source>
            <translation>Add meg, mennyivel változzon az érték.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Say how much a visit must charge to earn the coupon.</source>
            <translation>Add meg, mekkora vásárlás után jár a kupon.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Say what the reward is.</source>
            <translation>Add meg, mi a jutalom.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Say why the balance is corrected.</source>
            <translation>Add meg a korrekció okát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refunding.py" />
            <source>Say why the visit is refunded.</source>
            <translation>Add meg a visszatérítés okát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Say why the visit is voided.</source>
            <translation>Add meg a sztornó okát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Scan the member's card first: this needs a member.</source>
            <translation>Előbb olvasd be a tag kártyáját: ehhez tag kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Show 1 to {max} entries at a time.</source>
            <translation>Egyszerre 1–{max} bejegyzés jeleníthető meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Spend at least {min} for this coupon.</source>
            <translation>Ehhez a kuponhoz legalább {min} értékben kell vásárolni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamp expiry must be between 1 and 3650 days.</source>
            <translation>A pecsétek lejárata 1 és 3650 nap közötti lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps needed must be between 2 and {max}.</source>
            <translation>A szükséges pecsétek száma 2 és {max} közötti lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps per item must be between 1 and 10.</source>
            <translation>A termékenkénti pecsét 1 és 10 közötti lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That amount is too large to be right.</source>
            <translation>Ez az összeg túl nagy ahhoz, hogy helyes legyen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>That program has no such balance.</source>
            <translation>Ennek a programnak nincs ilyen egyenlege.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That tier is not sold as a membership.</source>
            <translation>Ez a szint nem vásárolható meg tagságként.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup could not be saved ({error}). Nothing was left behind.</source>
            <translation>A biztonsági mentést nem sikerült elmenteni ({error}). Nem maradt utána semmi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup was not saved: its copy does not pass the check ({problem}). The older backups are kept.</source>
            <translation>A biztonsági mentés nem készült el: a másolat nem megy át az ellenőrzésen ({problem}). A régebbi mentések megmaradnak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup was stopped. Nothing was saved.</source>
            <translation>A biztonsági mentés leállt. Semmi sem lett elmentve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The backup {backup} cannot be used: {problem}</source>
            <translation>A(z) {backup} biztonsági mentés nem használható: {problem}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_plans.py" />
            <source>The balances of member {member} do not match their history; nothing was changed. Run “admin check” and call for help.</source>
            <translation>A tag ({member}) egyenlegei nem egyeznek az előzményeivel; semmi sem változott. Futtasd az „admin check” parancsot, és kérj segítséget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The barcode is ean13 or code128, not “{value}”.</source>
            <translation>A vonalkód ean13 vagy code128 lehet, nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The birthday {birthday} is not possible.</source>
            <translation>Ez a születésnap nem lehetséges: {birthday}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The card prefix is two digits from 20 to 29 (GS1's in-store range), not “{value}”.</source>
            <translation>A kártya előtagja két számjegy 20 és 29 között (a GS1 bolti tartománya), nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The card title has at most {max} characters.</source>
            <translation>A kártya címe legfeljebb {max} karakter lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The cashback rate is between 0.01 % and 100 %.</source>
            <translation>A cashback mértéke 0,01% és 100% közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The code {code} is already used by “{name}”.</source>
            <translation>A kód ({code}) már foglalt: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The colours are “standard” or “high_contrast”, not “{value}”.</source>
            <translation>A színek értéke „standard” vagy „high_contrast” lehet, nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” does not say which program it is for: name it after the program, e.g. “{example}”.</source>
            <translation>Az oszlopból („{column}”) nem derül ki, melyik programhoz tartozik: nevezd el a programról, pl. „{example}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” holds balances, but this shop has no program for them. Set one up first, or remove the column.</source>
            <translation>Az oszlop („{column}”) egyenlegeket tartalmaz, de az üzletnek nincs hozzá programja. Előbb állíts be egyet, vagy töröld az oszlopot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” is for the program “{program}”, which this shop does not have. Set it up first, or remove the column.</source>
            <translation>Az oszlop („{column}”) ehhez a programhoz tartozik: „{program}”, de ilyen program nincs az üzletben. Előbb állítsd be, vagy töröld az oszlopot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}”: “{program}” has no such balance.</source>
            <translation>Oszlop: „{column}” – a programnak („{program}”) nincs ilyen egyenlege.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The columns “{first}” and “{second}” hold the same thing; keep one.</source>
            <translation>Két oszlop ugyanazt tartalmazza: „{first}” és „{second}”; csak az egyiket tartsd meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The copy to {url} failed ({error}). Nothing was written to the server.</source>
            <translation>A másolás ide nem sikerült: {url} ({error}). A szerverre semmi nem került.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon must start before it ends.</source>
            <translation>A kupon kezdete a vége előtt legyen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon needs a name of 1 to {max} characters.</source>
            <translation>A kupon neve 1–{max} karakterből álljon.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” ended on {date}; change its dates first.</source>
            <translation>A kupon („{name}”) lejárt ({date}); előbb módosítsd az időszakát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” is switched off.</source>
            <translation>A kupon („{name}”) ki van kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon “{name}” needs a member: open the member's card first.</source>
            <translation>A kuponhoz („{name}”) tag kell: előbb nyisd meg a tag kártyáját.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The currency stays {current}: this shop already has amounts in it, and they would be read as {new}. A shop in another currency starts a new database.</source>
            <translation>A pénznem marad: {current}. Az üzletben már vannak ebben rögzített összegek, és a program azokat {new} összegként olvasná. Más pénznemű üzlethez új adatbázis kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>The customer screen is “on” or “off”, not “{value}”.</source>
            <translation>A vásárlói képernyő „on” (be) vagy „off” (ki), nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>The customer screen's line has at most {max} characters.</source>
            <translation>A vásárlói képernyő sora legfeljebb {max} karakter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>The daily stamp limit must be between 1 and 1000.</source>
            <translation>A napi pecsétkorlát 1 és 1000 közötti lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The database {url} is not empty ({count} tables, such as {first}). Moving a shop needs a new, empty database. Nothing was written.</source>
            <translation>A(z) {url} adatbázis nem üres ({count} tábla, például {first}). A bolt átköltöztetéséhez új, üres adatbázis kell. Semmi nem íródott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The demo shop can only be created in an empty database; this one already has members or programs.</source>
            <translation>A bemutató üzlet csak üres adatbázisban hozható létre; ebben már vannak tagok vagy programok.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>The disk holding {path} is full ({error}). Nothing is wrong with the data; free some space, then start again.</source>
            <translation>Megtelt a lemez, amelyen ez van: {path} ({error}). Az adatokkal nincs baj; szabadíts fel helyet, aztán indítsd újra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file has more than {max} members; split it in parts.</source>
            <translation>A fájlban több mint {max} tag van; oszd fel részekre.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The file has no name column. Its first line must name the columns, e.g. name;phone;email (this file's first line: {headers}).</source>
            <translation>A fájlban nincs névoszlop. Az első sorban az oszlopneveknek kell állniuk, pl. név;telefon;email (a fájl első sora: {headers}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The file holds another shop</source>
            <translation>A fájlban egy másik bolt van</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file is empty.</source>
            <translation>A fájl üres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>The file is larger than {mb} MB; split it in parts.</source>
            <translation>A fájl nagyobb, mint {mb} MB; oszd fel részekre.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The file is not a Loyalty POS shop</source>
            <translation>A fájl nem Loyalty POS-bolt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file names its columns but holds no members.</source>
            <translation>A fájlban vannak oszlopnevek, de tagok nincsenek.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>The gift card holds only {balance}.</source>
            <translation>Az ajándékkártyán csak {balance} van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The item needs a name.</source>
            <translation>A terméknek nevet kell adni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>The last day is before the first day.</source>
            <translation>Az utolsó nap korábbi, mint az első.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The limit per member is between 1 and {max}.</source>
            <translation>A tagonkénti korlát 1 és {max} közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The line has {n} cells, but the first line names only {m} columns.</source>
            <translation>A sorban {n} cella van, de az első sor csak {m} oszlopot nevez meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The line of text has at most {max} characters.</source>
            <translation>A szövegsor legfeljebb {max} karakter lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo is too large ({kb} kB); use a smaller image.</source>
            <translation>A logó túl nagy ({kb} kB); használj kisebb képet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo must be a PNG image.</source>
            <translation>A logónak PNG-képnek kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The maximum discount must be above zero.</source>
            <translation>A maximális kedvezménynek nullánál nagyobbnak kell lennie.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} in store credit.</source>
            <translation>A tag jóváírása csak {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} points on “{name}”.</source>
            <translation>A tagnak csak {held} pontja van: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>The member holds only {held}; nothing changed.</source>
            <translation>A tagnak csak {held} van; semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The member's name is required.</source>
            <translation>A tag neve kötelező.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/outbox.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>The membership of {name} is blocked.</source>
            <translation>A tagság le van tiltva: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The minimum spend cannot be negative.</source>
            <translation>A minimális költés nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The name is too long (at most {n} characters).</source>
            <translation>A név túl hosszú (legfeljebb {n} karakter).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The notes are too long (at most {n} characters).</source>
            <translation>A megjegyzés túl hosszú (legfeljebb {n} karakter).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The offline allowance is 0 to {max} (minor units).</source>
            <translation>Az offline keret 0 és {max} között lehet (váltópénzegységben).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>The owner's PIN opens every owner screen, so it has {min} to {max} digits.</source>
            <translation>A tulajdonosi PIN-kód minden tulajdonosi képernyőt megnyit, ezért {min}–{max} számjegyből áll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The pass “{name}” has {left} uses left.</source>
            <translation>A bérleten („{name}”) már csak {left} alkalom van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation>Az időszak vége a kezdete előtt van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The program needs a name.</source>
            <translation>A programnak nevet kell adni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>The program “{name}” is switched off: it gives no new stamps. Rewards already ready on it can still be redeemed.</source>
            <translation>A program („{name}”) ki van kapcsolva: nem ad új pecsétet. A rajta már beváltható jutalmak továbbra is beválthatók.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion ends before it starts.</source>
            <translation>Az akció vége a kezdete előtt van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion needs a name.</source>
            <translation>Az akciónak nevet kell adni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}) and the data could not be put back by itself. Restore {saved} to get it back.</source>
            <translation>A visszaállítás sikertelen ({error}), és az adatokat nem sikerült automatikusan visszatenni. A visszanyeréshez állítsd vissza ezt: {saved}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}). The data is as it was before.</source>
            <translation>A visszaállítás sikertelen ({error}). Az adatok a korábbi állapotukban vannak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The reward needs a name.</source>
            <translation>A jutalomnak nevet kell adni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The scan sounds are “on” or “off”, not “{value}”.</source>
            <translation>A beolvasási hang értéke „on” vagy „off” lehet, nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The shop name has 1 to {max} characters.</source>
            <translation>Az üzlet neve 1–{max} karakterből áll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>The shop needs at least one owner.</source>
            <translation>Az üzletnek legalább egy tulajdonos kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/schema.py" />
            <source>The shop on the server is at an older version ({missing} missing). Update it from the till that set it up, or ask for help.</source>
            <translation>A szerveren lévő bolt régebbi verziójú (hiányzik: {missing}). Frissítse arról a kasszáról, amelyik beállította, vagy kérjen segítséget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The shop's file is damaged ({reason}). Restore a backup before moving it.</source>
            <translation>A bolt fájlja sérült ({reason}). Átköltöztetés előtt állíts vissza egy biztonsági mentést.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/damage.py" />
            <source>The shop's file is damaged, so nothing can be saved: {reason} Restore the newest good backup (Backups, or: loyalty-pos admin backup list).</source>
            <translation>A bolt adatfájlja sérült, ezért semmit sem lehet menteni: {reason} Állítsd vissza a legújabb jó biztonsági mentést (Biztonsági mentések, vagy: loyalty-pos admin backup list).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is empty (0 bytes)</source>
            <translation>A bolt adatfájlja üres (0 bájt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is missing</source>
            <translation>A bolt adatfájlja hiányzik</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is no longer a database</source>
            <translation>A bolt adatfájlja már nem adatbázis</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/server.py" />
            <source>The shop's server cannot be reached ({error}). Check the network cable or Wi-Fi and that the back-office computer is on.</source>
            <translation>A bolt szervere nem érhető el ({error}). Ellenőrizze a hálózati kábelt vagy a Wi-Fit, és hogy a háttérirodai számítógép be van-e kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached, and by this till's last copy {name} does not hold that much ({credit} credit, {points} points left). Nothing was changed.</source>
            <translation>Az üzlet szervere nem érhető el, és a kassza utolsó másolata szerint {name} nem rendelkezik ennyivel (maradt: {credit} jóváírás, {points} pont). Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached: only visits that earn can be taken now. Rewards, points, credit, passes, gift cards and coupons can be used again when the server is back. Nothing was changed.</source>
            <translation>Az üzlet szervere nem érhető el: most csak gyűjtő látogatás rögzíthető. Jutalmak, pontok, jóváírás, bérletek, ajándékkártyák és kuponok akkor használhatók újra, amikor a szerver ismét elérhető. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached: {name} may spend at most {allowance} in credit and points until it is back ({left} left). Nothing was changed.</source>
            <translation>Az üzlet szervere nem érhető el: {name} legfeljebb {allowance} értékben költhet jóváírást és pontot, amíg újra elérhető nem lesz (maradt: {left}). Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The slip paper is 58 or 80 mm wide, not “{value}”.</source>
            <translation>A bizonylatpapír 58 vagy 80 mm széles, nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The text size is 100, 125 or 150 (normal, large, largest), not “{value}”.</source>
            <translation>A betűméret 100, 125 vagy 150 (normal, large, largest) lehet, nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier needs a name.</source>
            <translation>A szintnek nevet kell adni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier window is between 1 and 3650 days.</source>
            <translation>A szint időablaka 1 és 3650 nap közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>The till {till} is in the branch {other}, not {branch}.</source>
            <translation>A(z) {till} kassza a(z) {other} üzletegységhez tartozik, nem ehhez: {branch}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The weekday is 0 (Monday) to 6 (Sunday).</source>
            <translation>A hét napja 0 (hétfő) és 6 (vasárnap) közötti.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is already a staff member called {name}.</source>
            <translation>Már van ilyen nevű munkatárs: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no backup file {file}.</source>
            <translation>Nincs ilyen biztonsági mentés: {file}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <source>There is no card {code}.</source>
            <translation>Nincs ilyen kártya: {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no catalogue reward number {id}.</source>
            <translation>Nincs ilyen katalógusjutalom: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>There is no consent channel “{channel}”. Channels: {channels}.</source>
            <translation>Nincs „{channel}” hozzájárulási csatorna. Csatornák: {channels}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer number {id}.</source>
            <translation>Nincs ilyen kuponajánlat: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer “{name}”.</source>
            <translation>Nincs ilyen kuponajánlat: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>There is no coupon {code}.</source>
            <translation>Nincs ilyen kupon: {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no file {file}. Nothing was changed.</source>
            <translation>Nincs ilyen fájl: {file}. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>There is no file {path}.</source>
            <translation>Nincs ilyen fájl: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>There is no gift card {code}.</source>
            <translation>Nincs ilyen ajándékkártya: {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item number {id}.</source>
            <translation>Nincs ilyen termék: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item “{name}”.</source>
            <translation>Nincs ilyen termék: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/contact_lists.py" />
            <source>There is no list “{segment}”. Lists: {segments}.</source>
            <translation>Nincs „{segment}” lista. Listák: {segments}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/member_export.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>There is no member number {id}.</source>
            <translation>Nincs ilyen tag: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no points or credit program number {id}.</source>
            <translation>Nincs ilyen pont- vagy jóváírás-program: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no program number {id}.</source>
            <translation>Nincs ilyen program: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>There is no program template “{key}”.</source>
            <translation>Nincs ilyen programsablon: „{key}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <source>There is no program “{name}”.</source>
            <translation>Nincs ilyen program: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no promotion number {id}.</source>
            <translation>Nincs ilyen akció: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <location filename="../../loyalty_pos/services/approvals.py" />
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <location filename="../../loyalty_pos/services/display.py" />
            <location filename="../../loyalty_pos/services/setup.py" />
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>There is no setting “{key}”. Settings: {keys}.</source>
            <translation>Nincs ilyen beállítás: „{key}”. Beállítások: {keys}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/server.py" />
            <source>There is no shop in the server database {url}. Create it with: loyalty-pos admin init (or move a shop there: admin migrate-to).</source>
            <translation>A(z) {url} szerveradatbázisban nincs bolt. Hozza létre így: loyalty-pos admin init (vagy költöztessen oda egy boltot: admin migrate-to).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member called {name}.</source>
            <translation>Nincs ilyen nevű munkatárs: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member {id}.</source>
            <translation>Nincs ilyen munkatárs: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no stamp or points program number {id}.</source>
            <translation>Nincs ilyen pecsét- vagy pontprogram: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no tier number {id}.</source>
            <translation>Nincs ilyen szint: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no visit number {id}.</source>
            <translation>Nincs ilyen vásárlás: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is nothing to switch with number {id}.</source>
            <translation>Nincs ki- vagy bekapcsolható elem ezzel a számmal: #{id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>This database has no backup folder.</source>
            <translation>Ennek az adatbázisnak nincs biztonsági mentési mappája.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This file is not a text (CSV) file. Save it as “CSV UTF-8”.</source>
            <translation>Ez nem szöveges (CSV) fájl. Mentsd „CSV UTF-8” formátumban.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>This file was imported already ({when}). Nothing was imported again.</source>
            <translation>Ezt a fájlt már importáltad ({when}). Semmi sem lett újra importálva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save it as “CSV UTF-8” (Excel: File › Save As) and choose that file.</source>
            <translation>Ez táblázatfájl (.xlsx vagy .ods), nem CSV. Mentsd „CSV UTF-8” formátumban (Excel: Fájl › Mentés másként), és azt a fájlt válaszd.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>This member already has a referrer.</source>
            <translation>Ennek a tagnak már van ajánlója.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>This member has already used “{name}” {count} times (the limit).</source>
            <translation>Ez a tag már {count} alkalommal felhasználta ezt: „{name}” (ez a korlát).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>This shop has no branch named {branch}.</source>
            <translation>Ennek az üzletnek nincs {branch} nevű üzletegysége.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>This shop has no till named {till}.</source>
            <translation>Ennek az üzletnek nincs {till} nevű kasszája.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>This shop is already on a server. Give --db the shop's file to move it.</source>
            <translation>Ez a bolt már szerveren van. Az átköltöztetéshez a --db kapcsolónak a bolt fájlját add meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>This till has no copy of the member list yet (it is made while the server answers), so it cannot start without the server.</source>
            <translation>Ennél a kasszánál még nincs másolat a tagok listájáról (akkor készül, amikor a szerver elérhető), ezért a szerver nélkül nem tud elindulni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>This visit cannot be voided: its stamps or reward have been used since. Void the later visit first.</source>
            <translation>Ez a vásárlás nem sztornózható: a pecsétjeit vagy a jutalmát azóta felhasználták. Előbb a későbbi vásárlást sztornózd.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>This would leave a balance below zero.</source>
            <translation>Ettől az egyenleg nulla alá csökkenne.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Tier thresholds cannot be negative.</source>
            <translation>A szintküszöbök nem lehetnek negatívak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {minutes} more min.</source>
            <translation>Túl sok hibás PIN-kód: {name} még {minutes} percig ki van zárva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name}'s PIN is locked until the owner unlocks it on the staff screen.</source>
            <translation>Túl sok hibás PIN-kód: {name} PIN-kódja zárolva van, amíg a tulajdonos fel nem oldja a Munkatársak képernyőn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name}'s owner PIN is locked. Another owner can unlock it on the staff screen, or run “loyalty-pos admin staff unlock {name}” on this computer.</source>
            <translation>Túl sok hibás PIN-kód: {name} tulajdonosi PIN-kódja zárolva van. Egy másik tulajdonos feloldhatja a Munkatársak képernyőn, vagy futtasd ezen a gépen: „loyalty-pos admin staff unlock {name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Type a card number, or a name or phone that finds one member.</source>
            <translation>Írjon be egy kártyaszámot, vagy egy nevet vagy telefonszámot, amely egyetlen tagot talál.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} already has feedback.</source>
            <translation>Vásárlás #{id}: már van hozzá visszajelzés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/audit.py" />
            <source>Visit {id} does not match its recorded refunds (the file was changed outside the app). Nothing was refunded; run the check (admin check).</source>
            <translation>Vásárlás #{id}: nem egyezik a rögzített visszatérítéseivel (a fájlt az alkalmazáson kívül módosították). Nem történt visszatérítés; futtasd az ellenőrzést (admin check).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} has no member: refund it instead.</source>
            <translation>Vásárlás #{id}: nincs hozzá tag, helyette térítsd vissza.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} is already refunded in full.</source>
            <translation>Vásárlás #{id}: már teljesen visszatérítve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} sold a gift card: void the card on the gift card screen.</source>
            <translation>Vásárlás #{id}: ajándékkártya-eladás; a kártyát az ajándékkártyák képernyőjén sztornózd.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was already voided.</source>
            <translation>Vásárlás #{id}: már sztornózva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was paid with a gift card, used a coupon, paid a referral bonus or was refunded: refund it instead of voiding it.</source>
            <translation>Vásárlás #{id}: ajándékkártyával fizettek, kupont használt, ajánlási bónuszt adott, vagy visszatérítették; sztornó helyett térítsd vissza.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} was voided.</source>
            <translation>Vásárlás #{id}: sztornózva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} was voided; it takes no feedback.</source>
            <translation>Vásárlás #{id}: sztornózva, nem kaphat visszajelzést.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Visit {visit} charged {amount}: voiding it needs the owner's approval (above {limit}). Nothing was voided.</source>
            <translation>Vásárlás #{visit}: összege {amount}, a sztornójához a tulajdonos jóváhagyása kell ({limit} fölött). Nem történt sztornó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Visit {visit} is from an earlier day: voiding it needs the owner's approval. Nothing was voided.</source>
            <translation>Vásárlás #{visit}: korábbi napon történt, a sztornójához a tulajdonos jóváhagyása kell. Nem történt sztornó.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Wrong PIN for {name}.</source>
            <translation>Hibás PIN-kód: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Wrong PIN: nothing was erased.</source>
            <translation>Hibás PIN: semmi sem törlődött.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>Wrong check digit in {code}: the number was mistyped or misread. Scan or type it again.</source>
            <translation>Hibás ellenőrző számjegy: {code}. A számot elgépelték, vagy rosszul olvasta be a gép. Olvasd be vagy írd be újra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{broken} of {rows} rows cannot be imported (the first is line {line}). Nothing was imported.</source>
            <translation>{rows} sorból {broken} nem importálható (az első: {line}. sor). Semmi sem lett importálva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a coupon, not a gift card.</source>
            <translation>{code}: ez kupon, nem ajándékkártya.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{code} is a gift card or a coupon, not a member card.</source>
            <translation>{code}: ez ajándékkártya vagy kupon, nem tagkártya.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a gift card, not a coupon.</source>
            <translation>{code}: ez ajándékkártya, nem kupon.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a member card, not a coupon.</source>
            <translation>{code}: ez tagkártya, nem kupon.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a member card, not a gift card.</source>
            <translation>{code}: ez tagkártya, nem ajándékkártya.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>{code} is a product barcode, not a loyalty card (card numbers start with 20 to 29).</source>
            <translation>{code}: ez termékvonalkód, nem hűségkártya (a kártyaszámok 20–29-cel kezdődnek).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{code} is already a gift card or coupon of this shop.</source>
            <translation>{code}: ez már az üzlet egyik ajándékkártyája vagy kuponja.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {day} is in the future.</source>
            <translation>{column}: {day} a jövőben van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {value} is more than a balance can hold.</source>
            <translation>{column}: {value} több, mint amennyit egy egyenleg tárolhat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is neither yes nor no.</source>
            <translation>{column}: „{value}” se nem „igen”, se nem „nem”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a date (use YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. or DD/MM/YYYY).</source>
            <translation>{column}: „{value}” nem dátum (formátum: ÉÉÉÉ-HH-NN, NN.HH.ÉÉÉÉ, ÉÉÉÉ.HH.NN. vagy NN/HH/ÉÉÉÉ).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a whole number of 0 or more.</source>
            <translation>{column}: „{value}” nem 0 vagy annál nagyobb egész szám.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not an amount in {currency}.</source>
            <translation>{column}: „{value}” nem érvényes összeg ({currency}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” was shortened by the spreadsheet (scientific notation) and the number is lost. Format the column as text and save the file again.</source>
            <translation>{column}: „{value}” – a táblázatkezelő lerövidítette (tudományos jelölés), a szám elveszett. Állítsd az oszlopot szöveg formátumúra, és mentsd újra a fájlt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}”: {currency} amounts have at most {digits} decimals.</source>
            <translation>{column}: „{value}”: {currency} összegekben legfeljebb {digits} tizedesjegy lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>{currency} amounts have at most {digits} decimals.</source>
            <translation>{currency} összegekben legfeljebb {digits} tizedesjegy lehet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} cannot be read back ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>A(z) {file} nem olvasható vissza ({problem}), ezért nem állítottuk vissza. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} could not be updated to this version ({error}). Nothing was changed.</source>
            <translation>{file}: nem sikerült erre a verzióra frissíteni ({error}). Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not have the tables and safeguards this version makes ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>A(z) {file} fájlból hiányoznak a táblák és védelmek, amelyeket ez a verzió létrehoz ({problem}), ezért nem lett visszaállítva. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not pass the check ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>{file}: nem ment át az ellenőrzésen ({problem}), ezért nem lett visszaállítva. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is a database, but not one of Loyalty POS, so it cannot be restored. Nothing was changed.</source>
            <translation>{file}: adatbázis, de nem a Loyalty POS-é, ezért nem állítható vissza. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is damaged (SQLite's check says: {problem}), so it cannot be restored. Nothing was changed.</source>
            <translation>{file}: sérült (az SQLite ellenőrzése szerint: {problem}), ezért nem állítható vissza. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is not an SQLite database (or is too damaged to open), so it cannot be restored. Nothing was changed.</source>
            <translation>{file}: nem SQLite-adatbázis (vagy túl sérült ahhoz, hogy megnyíljon), ezért nem állítható vissza. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is the shop's live database, not a backup of it.</source>
            <translation>{file}: ez az üzlet élő adatbázisa, nem biztonsági mentés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} was made by a newer version of Loyalty POS. Update the app, then restore it. Nothing was changed.</source>
            <translation>{file}: a Loyalty POS egy újabb verziója készítette. Frissítsd a programot, utána állítsd vissza. Semmi sem változott.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{folder} is not a folder. Nothing was saved.</source>
            <translation>{folder}: ez nem mappa. Semmi sem lett mentve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>{key} is a whole amount in minor units (forints, đồng, øre, cents) from 0 to {max}, not “{value}”.</source>
            <translation>{key}: 0 és {max} közötti egész összeg kell váltópénz-egységben (forint, đồng, øre, cent), nem „{value}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the e-mail {value}.</source>
            <translation>{name} (kártya: {card}) már ezt az e-mail címet használja: {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the phone number {value}.</source>
            <translation>{name} (kártya: {card}) már ezt a telefonszámot használja: {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Open that member, or enroll anyway.</source>
            <translation>{name} már ezt a telefonszámot vagy e-mail címet használja (kártya: {card}). Nyisd meg azt a tagot, vagy vedd fel mégis.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} has no PIN yet.</source>
            <translation>{name}: még nincs PIN-kódja.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} is not active.</source>
            <translation>{name}: nem aktív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>{name}: the daily limit of {limit} stamps is reached. No stamps were added.</source>
            <translation>{name}: a napi korlát ({limit} pecsét) elérve. Nem került rá pecsét.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} cannot be written ({error}): the file or its folder is read-only. Nothing is wrong with the data; give this user write access to the folder.</source>
            <translation>{path} nem írható ({error}): a fájl vagy a mappája csak olvasható. Az adatokkal nincs baj; adj ennek a felhasználónak írási jogot a mappához.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is busy: another program holds it ({error}). Close the other Loyalty POS window or admin command, then try again.</source>
            <translation>{path} foglalt: egy másik program használja ({error}). Zárd be a másik Loyalty POS-ablakot vagy adminparancsot, aztán próbáld újra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is damaged ({error}), so nothing can be saved in it. Restore the newest good backup.</source>
            <translation>{path} sérült ({error}), ezért semmit sem lehet menteni bele. Állítsd vissza a legújabb jó biztonsági mentést.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is not a usable database: {error}</source>
            <translation>{path} nem használható adatbázis: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>{problem}: {path} (it was {size} bytes). Nothing was written. Newest backup: {backup}. Restore it with: loyalty-pos admin --db "{path}" init --force, then: loyalty-pos admin --db "{path}" backup restore {backup}</source>
            <translation>{problem}: {path} (korábban {size} bájt volt). Semmi sem lett kiírva. Legújabb biztonsági mentés: {backup}. Így állíthatod vissza: loyalty-pos admin --db "{path}" init --force, aztán: loyalty-pos admin --db "{path}" backup restore {backup}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>{problem}: {path} (it was {size} bytes). Nothing was written. No backup was found beside it: look for a copy on a USB stick.</source>
            <translation>{problem}: {path} (korábban {size} bájt volt). Semmi sem lett kiírva. Mellette nincs biztonsági mentés: keress egy másolatot pendrive-on.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>“{amount}” is not an amount.</source>
            <translation>„{amount}” nem érvényes összeg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{birthday}” is not a date (use YYYY-MM-DD).</source>
            <translation>„{birthday}” nem dátum (formátum: ÉÉÉÉ-HH-NN).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>“{code}” cannot be a coupon code: use 3 to 20 letters, digits or hyphens, with at least one letter.</source>
            <translation>„{code}” nem lehet kuponkód: 3–20 betű, számjegy vagy kötőjel kell, legalább egy betűvel.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>“{code}” is not a card code. Scan the card again.</source>
            <translation>„{code}” nem kártyakód. Olvasd be újra a kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>“{code}” is not a card number of this shop: the member gets a new card, and the old number goes into the notes.</source>
            <translation>„{code}” nem ennek az üzletnek a kártyaszáma: a tag új kártyát kap, a régi szám a megjegyzésbe kerül.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>“{code}” is not a coupon code.</source>
            <translation>„{code}” nem kuponkód.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{email}” is not an e-mail address.</source>
            <translation>„{email}” nem e-mail cím.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>“{path}” is not a picture.</source>
            <translation>„{path}” nem kép.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{phone}” is not a phone number.</source>
            <translation>„{phone}” nem telefonszám.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>“{reward}” costs {cost} points; the member has {held}.</source>
            <translation>„{reward}” ára {cost} pont; a tagnak {held} van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>“{source}” is not a source of consent.</source>
            <translation>„{source}” nem a hozzájárulás forrása.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a multiplier: use a number from 1 to 10 with at most two decimals, e.g. {example}.</source>
            <translation>„{text}” nem lehet szorzó: 1 és 10 közötti számot adj meg, legfeljebb két tizedesjeggyel, pl. {example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a percent discount: use a whole number from 1 to 100.</source>
            <translation>„{text}” nem lehet százalékos kedvezmény: 1 és 100 közötti egész számot adj meg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a percentage here: use at most two decimals, between {low} % and 100 %.</source>
            <translation>„{text}” itt nem lehet százalék: {low}% és 100% közötti értéket adj meg, legfeljebb két tizedesjeggyel.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” has too many decimals for a multiplier: use at most two decimals, e.g. ×{example}.</source>
            <translation>„{text}”: egy szorzóhoz túl sok a tizedesjegy; legfeljebb kettőt használj, pl. ×{example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” has too many decimals: use at most two decimals, between {low} % and 100 %.</source>
            <translation>„{text}”: túl sok a tizedesjegy; legfeljebb kettőt használj, {low}% és 100% között.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>“{value}” is not a colour like #0b4f9c.</source>
            <translation>„{value}” nem szín (pl. #0b4f9c).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>“{value}” is not a currency code (e.g. HUF, VND, NOK).</source>
            <translation>„{value}” nem pénznemkód (pl. HUF, VND, NOK).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>“{value}” is not the name of a screen or a camera.</source>
            <translation>„{value}” nem egy képernyő vagy kamera neve.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>0 = not at all</source>
            <translation>0 = egyáltalán nem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>10 = certainly</source>
            <translation>10 = biztosan</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Anything you would like to tell us? (optional)</source>
            <translation>Szeretnél még valamit mondani nekünk? (nem kötelező)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Esc: send the score without a comment</source>
            <translation>Esc: értékelés küldése megjegyzés nélkül</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation>Mennyire valószínű, hogy ajánlanál minket egy barátodnak?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Key {key}</source>
            <translation>Billentyű: {key}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Keys 0–9, + for 10 · Esc: skip</source>
            <translation>0–9 gombok, + = 10 · Esc: kihagyás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Send (Enter)</source>
            <translation>Küldés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Thank you! You gave {score}.</source>
            <translation>Köszönjük! Értékelésed: {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>That was a scan, not an answer: nothing was saved. Esc skips the question; then scan the card again.</source>
            <translation>Ez beolvasás volt, nem válasz: semmi sem lett mentve. Az Esc kihagyja a kérdést; utána olvasd be újra a kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Your opinion</source>
            <translation>A véleményed</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>(at most {amount})</source>
            <translation>(legfeljebb {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>A free item</source>
            <translation>Egy ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>Free {item}</source>
            <translation>Ingyenes {item}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>REFUNDED: {what}</source>
            <translation>VISSZATÉRÍTVE: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>Refunded {amount}: {what}</source>
            <translation>Részben visszatérítve ({amount}): {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>VOIDED ({reason}): {what}</source>
            <translation>SZTORNÓZVA ({reason}): {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>card complete</source>
            <translation>kártya betelt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>earlier today</source>
            <translation>ma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>first visit</source>
            <translation>első vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>no change</source>
            <translation>nincs változás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>reward given</source>
            <translation>jutalom kiadva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>yesterday</source>
            <translation>tegnap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{amount} off</source>
            <translation>{amount} kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{amount} · {what}</source>
            <translation>{amount} · {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{change} used</source>
            <translation>{change} felhasználva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} days ago</source>
            <translation>{n} napja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} months ago</source>
            <translation>{n} hónapja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} weeks ago</source>
            <translation>{n} hete</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} years ago</source>
            <translation>{n} éve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}nd visit</source>
            <translation>{n}. vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}rd visit</source>
            <translation>{n}. vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}st visit</source>
            <translation>{n}. vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}th visit</source>
            <translation>{n}. vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{percent} % off</source>
            <translation>{percent}% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{program} {change}</source>
            <translation>{program} {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{reward} ({amount} off)</source>
            <translation>{reward} ({amount} kedvezmény)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{reward} ({percent}% off)</source>
            <translation>{reward} ({percent}% kedvezmény)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{stamps} / {needed}</source>
            <translation>{stamps} / {needed}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{visit} · last here {when}</source>
            <translation>{visit} · utoljára {when}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{when}  {what}  ({staff})</source>
            <translation>{when}  {what}  ({staff})</translation>
        </message>
    </context>
    <context>
        <name>GiftCardConfirmDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>A gift card worth</source>
            <translation>Az ajándékkártya értéke:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>A scan can't be used here: nothing was sold. Enter sells, Esc goes back.</source>
            <translation>Itt nem használható beolvasás: nem történt eladás. Enter: eladás, Esc: vissza.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Above the owner's limit of {limit}: approved by the owner.</source>
            <translation>A jóváhagyási határ ({limit}) fölött: a tulajdonos jóváhagyta.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Above the owner's limit of {limit}: the owner's PIN comes next.</source>
            <translation>A jóváhagyási határ ({limit}) fölött: ezután a tulajdonos PIN-kódja következik.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Back (Esc)</source>
            <translation>Vissza (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Sell (Enter)</source>
            <translation>Eladás (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Sell this gift card?</source>
            <translation>Eladod ezt az ajándékkártyát?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>never expires</source>
            <translation>nem jár le</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>valid until {date}</source>
            <translation>érvényes: {date}</translation>
        </message>
    </context>
    <context>
        <name>GiftCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Amount</source>
            <translation>Ö&amp;sszeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Code</source>
            <translation>Kó&amp;d</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Look up a gift card</source>
            <translation>Ajándékkártya &amp;keresése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Sell a gift card</source>
            <translation>Ajándékkártya &amp;eladása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>, valid until {date}</source>
            <translation>, érvényes: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Card {code}, sold for {amount}</source>
            <translation>Kártya: {code}, eladási ár: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation>&amp;Lejárat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>EXPIRED on {date}</source>
            <translation>LEJÁRT: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card code</source>
            <translation>Ajándékkártya kódja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card worth {amount} issued{expiry}. Its code:</source>
            <translation>Ajándékkártya kiadva ({amount}{expiry}). A kódja:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {balance} left.</source>
            <translation>Ajándékkártya {code} – maradék: {balance}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {value}</source>
            <translation>Ajándékkártya {code}: {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift cards</source>
            <translation>Ajándékkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>History</source>
            <translation>Előzmények</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Issue the card (Enter)</source>
            <translation>Kiadás (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Look up (Enter)</source>
            <translation>Keresés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>New gift card code</source>
            <translation>Új ajándékkártya kódja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Note</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print gift card</source>
            <translation>Ajándékkártya nyomtatása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print the card… (Ctrl+P)</source>
            <translation>Nyomtatás… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Scan or type the gift card's code</source>
            <translation>Olvasd be vagy írd be az ajándékkártya kódját</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Staff</source>
            <translation>Munkatárs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Unexpected error, nothing was sold: {error}</source>
            <translation>Váratlan hiba, nem történt eladás: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>VOIDED: cannot be used</source>
            <translation>SZTORNÓZVA: nem használható</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>What</source>
            <translation>Esemény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>When</source>
            <translation>Időpont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>YYYY-MM-DD (empty: never expires)</source>
            <translation>ÉÉÉÉ-HH-NN (üresen: nem jár le)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>corrected</source>
            <translation>korrigálva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>expired</source>
            <translation>lejárt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>never expires</source>
            <translation>nem jár le</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>paid with</source>
            <translation>fizetésre használva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>refund put back</source>
            <translation>visszatérítés visszaírva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>sold</source>
            <translation>eladva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>valid until {date}</source>
            <translation>érvényes: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>voided</source>
            <translation>sztornózva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>{balance} left</source>
            <translation>maradék: {balance}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation>„{text}” nem dátum (formátum: ÉÉÉÉ-HH-NN).</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Old card: {code}</source>
            <translation>Régi kártya: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>birthday</source>
            <translation>születésnap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>blocked</source>
            <translation>letiltva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>card number</source>
            <translation>kártyaszám</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>e-mail</source>
            <translation>e-mail cím</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>family name</source>
            <translation>vezetéknév</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>first name</source>
            <translation>keresztnév</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>marketing consent</source>
            <translation>marketing hozzájárulás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>member since</source>
            <translation>tag óta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>name</source>
            <translation>név</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>notes</source>
            <translation>megjegyzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>points</source>
            <translation>pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>rewards ready</source>
            <translation>beváltható jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>stamps</source>
            <translation>pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>store credit</source>
            <translation>jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>uses left</source>
            <translation>hátralévő alkalmak</translation>
        </message>
    </context>
    <context>
        <name>ImportExportDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>1  Members: card, contact, consent, balances</source>
            <translation>1  Tagok: kártya, elérhetőség, hozzájárulás, egyenlegek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>2  Visits: date, member, amounts, items</source>
            <translation>2  Vásárlások: dátum, tag, összegek, termékek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>3  Ledger: every change of every balance</source>
            <translation>3  Egyenlegnapló: minden egyenleg minden változása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>An import of this file stopped after {done} of {rows} rows. Import (Ctrl+I) goes on from there.</source>
            <translation>Ennek a fájlnak az importálása {rows} sorból {done} után megszakadt. Az Importálás (Ctrl+I) onnan folytatja.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-fájlok (*.csv *.txt);;Minden fájl (*)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-fájlok (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a CSV file… (Ctrl+O)</source>
            <translation>CSV-fájl választása… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a file to import.</source>
            <translation>Válaszd ki az importálandó fájlt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Columns: {list}</source>
            <translation>Oszlopok: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Discard the unfinished import (Ctrl+D)</source>
            <translation>A félbemaradt importálás elvetése (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export</source>
            <translation>Exportálás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export (Ctrl+2)</source>
            <translation>Exportálás (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export to a CSV file</source>
            <translation>Exportálás CSV-fájlba</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export… (Ctrl+E)</source>
            <translation>Exportálás… (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import (Ctrl+I)</source>
            <translation>Importálás (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import and export</source>
            <translation>Importálás és exportálás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members</source>
            <translation>Tagok importálása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members (Ctrl+1)</source>
            <translation>Tagok importálása (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import: {valid} of {rows} rows (Ctrl+I)</source>
            <translation>Importálás: {valid}/{rows} sor (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Importing… {percent} %</source>
            <translation>Importálás… {percent} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Members imported: {n}.</source>
            <translation>Importált tagok: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>No file chosen yet.</source>
            <translation>Még nincs kiválasztott fájl.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Not imported: {list}</source>
            <translation>Kimarad: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. All are ready to import.</source>
            <translation>Sorok: {rows}. Mind importálható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. Ready: {valid}. Broken (in red): {broken}. Nothing is imported while a row is broken.</source>
            <translation>Sorok: {rows}. Rendben: {valid}. Hibás (pirossal): {broken}. Amíg van hibás sor, semmi sem importálható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Show only the broken rows (Ctrl+B)</source>
            <translation>Csak a hibás sorok (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skip the broken rows ({n}) and import the others (Ctrl+K)</source>
            <translation>A hibás sorok ({n}) kihagyása, a többi importálása (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation>Kihagyott hibás sorok: {lines}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>The unfinished import was discarded.</source>
            <translation>A félbemaradt importálást elvetetted.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>UTF-8 for Excel, LibreOffice and Google Sheets. The members file can be imported again, balances included.</source>
            <translation>UTF-8, Excelhez, LibreOffice-hoz és Google Táblázatokhoz. A tagok fájlja az egyenlegekkel együtt újra importálható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Written: {path} (rows: {rows}).</source>
            <translation>Kiírva: {path} ({rows} sor).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>tab</source>
            <translation>tabulátor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>{file} ({encoding}, separator “{sep}”)</source>
            <translation>{file} ({encoding}, elválasztó: „{sep}”)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Card</source>
            <translation>Kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line</source>
            <translation>Sor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line {line} · {name}</source>
            <translation>{line}. sor · {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Opening balances</source>
            <translation>Nyitó egyenlegek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Problems and notes</source>
            <translation>Hibák és megjegyzések</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>blocked</source>
            <translation>letiltva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>new card</source>
            <translation>új kártya</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>Items</source>
            <translation>Termékek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>{item} · usual</source>
            <translation>{item} · szokásos</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/language_box.py" />
            <source>Computer’s language ({language})</source>
            <translation>A számítógép nyelve ({language})</translation>
        </message>
    </context>
    <context>
        <name>Liability</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Adjusted</source>
            <translation>Korrigált</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>All programs</source>
            <translation>Összes program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>At the start of {period}: {opening}</source>
            <translation>Az időszak kezdetén ({period}): {opening}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Closing</source>
            <translation>Záró</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Expired</source>
            <translation>Lejárt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Gift cards</source>
            <translation>Ajándékkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>In money</source>
            <translation>Pénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Issued</source>
            <translation>Kiadott</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>No point value is set for these points: they have no money value here.</source>
            <translation>Ezekhez a pontokhoz nincs pontérték beállítva: itt nincs pénzértékük.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>No programs and no gift cards yet.</source>
            <translation>Még nincs se program, se ajándékkártya.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Opening</source>
            <translation>Nyitó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Opening + issued − redeemed − expired + refunded + adjusted = closing. Refunded and adjusted are signed (+ back to customers, − taken back). Points are valued at their point value, pass uses at price ÷ uses (rounded down), ready rewards at a fixed amount off; lines without a money value are not in the total.</source>
            <translation>Nyitó + kiadott − beváltott − lejárt + visszatérített + korrigált = záró. A visszatérített és a korrigált érték előjeles (+ vissza a vásárlóknak, − visszavonva). A pontok a pontértékükkel, a bérletalkalmak ár ÷ alkalmak számával (lefelé kerekítve), a beváltható jutalmak a fix kedvezményösszegükkel számítanak; a pénzérték nélküli sorok nincsenek benne az összesenben.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Owed in money at the end of {day}: {closing}</source>
            <translation>Fennálló kötelezettség pénzben a nap végén ({day}): {closing}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Owed without a money value (not in the totals): {lines}</source>
            <translation>Pénzérték nélküli kötelezettségek (nincsenek benne az összesenben): {lines}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Points</source>
            <translation>Pontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Redeemed</source>
            <translation>Beváltott</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Refunded</source>
            <translation>Visszatérített</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Rewards in money</source>
            <translation>Jutalmak pénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Rewards ready</source>
            <translation>Beváltható jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Stamps</source>
            <translation>Pecsétek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Stamps on unfinished cards are not owed yet and have no money value.</source>
            <translation>A be nem telt kártyákon lévő pecsétek még nem jelentenek kötelezettséget, és nincs pénzértékük.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Store credit</source>
            <translation>Jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>The pass has no price: its uses have no money value.</source>
            <translation>A bérletnek nincs ára: az alkalmainak nincs pénzértéke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>The reward is a free item or a percentage off: no fixed money value. Stamps on unfinished cards are not owed yet.</source>
            <translation>A jutalom ingyenes termék vagy százalékos kedvezmény: nincs rögzített pénzértéke. A be nem telt kártyákon lévő pecsétek még nem jelentenek kötelezettséget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Total in money</source>
            <translation>Összesen pénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Uses</source>
            <translation>Alkalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Value</source>
            <translation>Érték</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>points</source>
            <translation>pontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>prepaid pass</source>
            <translation>előre fizetett bérlet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>punch card</source>
            <translation>pecsétkártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>store credit</source>
            <translation>jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>{program} ({kind})</source>
            <translation>{program} ({kind})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>%n coupon(s) to use: Space on it under Apply.</source>
            <translation>
                <numerusform>%n felhasználható kupon: az Alkalmaz listában Szóközzel jelöld ki.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>&amp;Open {other}, drop the visit</source>
            <translation>&amp;Megnyitás: {other} (a vásárlás elvész)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Another member's card</source>
            <translation>Másik tag kártyája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Apply</source>
            <translation>Alkalmaz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Card {code} was a duplicate's, merged into {name}.</source>
            <translation>A(z) {code} kártya egy duplikált tagé volt, akit összevontunk vele: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Cards</source>
            <translation>Kártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Confirm visit</source>
            <translation>Vásárlás rögzítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Coupon code</source>
            <translation>Kuponkód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Edit</source>
            <translation>Adatok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Edit member…</source>
            <translation>Tag adatai…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Enroll</source>
            <translation>Új tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>F3: Enroll new member</source>
            <translation>F3: Új tag felvétele</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>F3: Enroll with this card</source>
            <translation>F3: Felvétel ezzel a kártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Find member (F2)</source>
            <translation>Tag keresése (F2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Keep the visit (Enter)</source>
            <translation>Vásárlás megtartása (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Kept the visit of {name}: confirm it (Enter), then scan the next card.</source>
            <translation>{name} vásárlása megmaradt: rögzítsd (Enter), majd olvasd be a következő kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Loyalty POS — {shop}</source>
            <translation>Loyalty POS – {shop}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Next</source>
            <translation>Tovább</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Next customer</source>
            <translation>Következő vásárló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation>Következő vásárló: olvass be egy kártyát, vagy keress (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>No reward is ready for {name}.</source>
            <translation>Nincs beváltható jutalom: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Nobody found for “{text}”.</source>
            <translation>Nincs találat: „{text}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Notes</source>
            <translation>Jegyzet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Notes saved.</source>
            <translation>Megjegyzés mentve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Open a member first (scan or F2).</source>
            <translation>Előbb nyiss meg egy tagot (beolvasás vagy F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Open {other} and drop that visit (the amount, items and rewards entered)?</source>
            <translation>Megnyitod {other} adatait, és elveted ezt a vásárlást (a beírt összeget, termékeket és jutalmakat)?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Opened {name}.</source>
            <translation>Megnyitva: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Programs…</source>
            <translation>Programok…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Ready. Scan a card, or search by name or phone (F2).</source>
            <translation>Kész. Olvass be egy kártyát, vagy keress név vagy telefonszám alapján (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Ready: {rewards}.</source>
            <translation>Beváltható: {rewards}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Redeem</source>
            <translation>Beváltás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Redeem reward</source>
            <translation>Jutalom beváltása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Redeem: {reward}. Press Enter to confirm.</source>
            <translation>Beváltás: {reward}. Rögzítés: Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Refund</source>
            <translation>Visszáru</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Refund…</source>
            <translation>Visszatérítés…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Rewards</source>
            <translation>Jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Rewards set-up…</source>
            <translation>Jutalmak beállítása…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Save notes</source>
            <translation>Megjegyzés mentése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Scanner trouble: type the card number and press Enter. Restart to retry.</source>
            <translation>Gond van a szkennerrel: írd be a kártyaszámot, és nyomj Entert. Újraindítás után újra próbálja.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Search</source>
            <translation>Keresés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>The visit of {name} is not confirmed yet.</source>
            <translation>{name} vásárlása még nincs rögzítve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Usual: {item}.</source>
            <translation>Szokásos: {item}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Void</source>
            <translation>Sztornó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Void visit…</source>
            <translation>Vásárlás sztornózása…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>{name} is open already: the visit goes on.</source>
            <translation>{name} már meg van nyitva: a vásárlás folytatódik.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>{n} × {reward}</source>
            <translation>{n} × {reward}</translation>
        </message>
    </context>
    <context>
        <name>MemberAllowanceRow</name>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Back to the default</source>
            <translation>Vissza az alapértékre</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Set as their own</source>
            <translation>Beállítás saját keretként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>The shop's default ({default}), as for every member.</source>
            <translation>Az üzlet alapértéke ({default}), mint minden tagnál.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Their own amount (the shop's default is {default}).</source>
            <translation>Saját keret (az üzlet alapértéke {default}).</translation>
        </message>
    </context>
    <context>
        <name>MemberDataDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;1 Consent register</source>
            <translation>&amp;1 Hozzájárulási nyilvántartás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;2 A member: export, erase, merge</source>
            <translation>&amp;2 Egy tag: exportálás, törlés, összevonás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Export the register (CSV)…</source>
            <translation>A nyilvántartás &amp;exportálása (CSV)…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Merge the duplicate into this member…</source>
            <translation>A duplikátum &amp;összevonása ezzel a taggal…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Who</source>
            <translation>&amp;Ki</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Access</source>
            <translation>Hozzáférés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Answer</source>
            <translation>Válasz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-fájlok (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Card</source>
            <translation>Kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Card number, or a name or phone</source>
            <translation>Kártyaszám, vagy név vagy telefonszám</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Channel</source>
            <translation>Csatorna</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Duplicate</source>
            <translation>Duplikátum</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>E&amp;rase their personal data…</source>
            <translation>Személyes adatainak &amp;törlése…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>E&amp;xport all their data (JSON and CSV)…</source>
            <translation>Minden adatának e&amp;xportálása (JSON és CSV)…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erased. Backups taken before keep the data until they rotate out.</source>
            <translation>Törölve. A korábbi mentések addig őrzik az adatokat, amíg ki nem forognak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erasure</source>
            <translation>Törlés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Every answer to the consent question, newest first: nothing is overwritten. A channel never asked counts as no.</source>
            <translation>Minden válasz a hozzájárulási kérdésre, a legújabb elöl: semmit sem írunk felül. A soha meg nem kérdezett csatorna nemnek számít.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Export</source>
            <translation>Exportálás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Find (Enter)</source>
            <translation>Keresés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>JSON files (*.json)</source>
            <translation>JSON-fájlok (*.json)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Member</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Members' data</source>
            <translation>Tagok adatai</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Merge members</source>
            <translation>Tagok összevonása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Merge {other} (card {other_card}) into {keep} (card {keep_card})? Their balances, coupons and consents move to {keep}; this cannot be undone.</source>
            <translation>Összevonja: {other} ({other_card} kártya) → {keep} ({keep_card} kártya)? Az egyenlegek, kuponok és hozzájárulások átkerülnek ide: {keep}; ez nem vonható vissza.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Nobody chosen yet.</source>
            <translation>Még nincs kiválasztva senki.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>O&amp;ffline allowance</source>
            <translation>O&amp;ffline keret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Recorded by</source>
            <translation>Rögzítette</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Source</source>
            <translation>Forrás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>The duplicate's card number</source>
            <translation>A duplikátum kártyaszáma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Time</source>
            <translation>Idő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Wording</source>
            <translation>Szövegváltozat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Written: {path} ({rows} rows).</source>
            <translation>Elkészült: {path} ({rows} sor).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Written: {path} and {summary}.</source>
            <translation>Elkészült: {path} és {summary}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>duplicate of member #{id}</source>
            <translation>a(z) #{id} tag duplikátuma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>no</source>
            <translation>nem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>post</source>
            <translation>posta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>yes</source>
            <translation>igen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>{name} (member #{id}, card {card})</source>
            <translation>{name} (#{id} tag, {card} kártya)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>{other} was merged into {keep}.</source>
            <translation>{other} összevonva ezzel: {keep}.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Approved by the owner: {why}.</source>
            <translation>A tulajdonos jóváhagyta: {why}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>No visit to void: open a member with visits first.</source>
            <translation>Nincs sztornózható vásárlás: előbb nyiss meg egy tagot, akinek van vásárlása.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Open a member first (scan or F2), then F4 to edit.</source>
            <translation>Előbb nyiss meg egy tagot (beolvasás vagy F2), majd F4: szerkesztés.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Saved the details of {name}.</source>
            <translation>Adatok mentve: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>The owner's PIN is needed: {why}.</source>
            <translation>A tulajdonos PIN-kódja kell: {why}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Visit voided: {reason}</source>
            <translation>Vásárlás sztornózva: {reason}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Welcome, {name}! Card {card}.</source>
            <translation>Üdv, {name}! Kártya: {card}.</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>%n stamp(s) expire by {date}</source>
            <translation>
                <numerusform>%n pecsét lejár: {date}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Birthday: {date}</source>
            <translation>Születésnap: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Card {card}
member since {since}</source>
            <translation>Kártya: {card}
belépés: {since}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Cashier</source>
            <translation>Pénztáros</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>E-mail: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Last visits</source>
            <translation>Utolsó vásárlások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No phone or e-mail.</source>
            <translation>Nincs telefonszám vagy e-mail.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No punch cards yet.</source>
            <translation>Még nincs pecsétkártya.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No visits yet.</source>
            <translation>Még nincs vásárlás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes about this member</source>
            <translation>Megjegyzés a tagról</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Phone: {phone}</source>
            <translation>Telefon: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Refund… (F7)</source>
            <translation>Visszáru… (F7)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Mentés (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Scan a card, or search by name or phone (F2).</source>
            <translation>Olvass be egy kártyát, vagy keress név vagy telefonszám alapján (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Tier</source>
            <translation>Szint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Void… (F8)</source>
            <translation>Sztornó… (F8)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>What</source>
            <translation>Mi történt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>When</source>
            <translation>Mikor</translation>
        </message>
        <message>
            <source>Card {card} · member since {since}</source>
            <translation type="vanished">Kártya: {card} · belépés: {since}</translation>
        </message>
        <message>
            <source>{n} stamps expire by {date}</source>
            <translation type="vanished">{n} pecsét lejár: {date}</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>0–100: the mean of reach (active members ÷ the members enrolled by the end of the period and those active in it who enrolled later), repurchase rate and retention rate.</source>
            <translation>0–100: az elérés (aktív tagok ÷ az időszak végéig belépett tagok, valamint az időszakban aktív, de később belépett tagok), az újravásárlási arány és a megtartási arány átlaga.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>1 − retention rate.</source>
            <translation>1 − megtartási arány.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Active members</source>
            <translation>Aktív tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Amounts charged to members in the period, after discounts, less what was refunded on those visits (a refund counts in the period of its visit).</source>
            <translation>A tagoknak az időszakban felszámított összegek a kedvezmények után, levonva az ezekre a vásárlásokra visszatérített összeget (a visszatérítés a vásárlás időszakába számít).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Average spend</source>
            <translation>Átlagos kosárérték</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Churn rate</source>
            <translation>Lemorzsolódás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Confirmed member visits in the period. Voided visits and visits refunded in full do not count.</source>
            <translation>A tagok rögzített vásárlásai az időszakban. A sztornózott és a teljesen visszatérített vásárlások nem számítanak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Customer lifetime value</source>
            <translation>Vásárlói élettartamérték</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Engagement index</source>
            <translation>Elköteleződési index</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Estimate: sales per customer in the period × expected number of periods a member stays (1 ÷ churn rate), at most 5 years' worth.</source>
            <translation>Becslés: egy vásárlóra jutó forgalom az időszakban × ahány időszakig egy tag várhatóan marad (1 ÷ lemorzsolódási arány), legfeljebb 5 évnyi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members enrolled in the period.</source>
            <translation>Az időszakban belépett tagok.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with at least one visit in the period, whenever they enrolled (imported visits count too).</source>
            <translation>Azok a tagok, akik az időszakban legalább egyszer vásároltak, bármikor léptek is be (az importált vásárlások is számítanak).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with two or more visits in the period ÷ active members.</source>
            <translation>Az időszakban legalább kétszer vásárló tagok ÷ aktív tagok.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Net promoter score: % of scores 9–10 minus % of scores 0–6 over the feedback given in the period, rounded to a whole number (−100 to 100).</source>
            <translation>Nettó ajánlói mutató: a 9–10-es értékelések %-a mínusz a 0–6-os értékelések %-a az időszak visszajelzéseiből, egészre kerekítve (−100 és 100 között).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>New members</source>
            <translation>Új tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Of the members active in the previous period of the same length, the share active again in this one.</source>
            <translation>Az előző, azonos hosszúságú időszak aktív tagjai közül azok aránya, akik ebben az időszakban is aktívak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Outstanding liability</source>
            <translation>Fennálló kötelezettség</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch cards completed in the period (visits not voided).</source>
            <translation>Az időszakban betelt pecsétkártyák (sztornózott vásárlások nélkül).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch-card completion</source>
            <translation>Betelt pecsétkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Redemption rate</source>
            <translation>Beváltási arány</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Repurchase rate</source>
            <translation>Újravásárlási arány</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Retention rate</source>
            <translation>Megtartási arány</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards given to members in the period: punch-card and points rewards.</source>
            <translation>A tagok által az időszakban megszerzett jutalmak: pecsétkártya- és pontjutalmak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards issued</source>
            <translation>Megszerzett jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed</source>
            <translation>Beváltott jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed ÷ rewards issued in the period; above 100 % when older rewards were redeemed.</source>
            <translation>Beváltott jutalmak ÷ megszerzett jutalmak az időszakban; 100% fölötti, ha korábbi jutalmakat is beváltottak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales</source>
            <translation>Forgalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales per customer</source>
            <translation>Forgalom vásárlónként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ active members.</source>
            <translation>Forgalom ÷ aktív tagok.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ visits.</source>
            <translation>Forgalom ÷ vásárlások.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who bought items of more than one category in the period (needs items rung up at checkout).</source>
            <translation>Az aktív tagok közül azok aránya, akik az időszakban egynél több kategóriából vásároltak (ehhez a termékeket fizetéskor be kell ütni).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who completed at least one punch card.</source>
            <translation>Az aktív tagok közül azok aránya, akiknek legalább egy pecsétkártyája betelt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Upsell rate</source>
            <translation>Keresztértékesítés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Visits</source>
            <translation>Vásárlások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>What members could claim today, in money: points (at the value of the most generous reward per point), store credit, prepaid pass uses, gift-card balances and ready punch-card rewards that are a fixed amount off. Free-item and percent rewards are counted but have no money value.</source>
            <translation>Amit a tagok ma beválthatnának, pénzben: pontok (a pontonként legkedvezőbb jutalom értékén), jóváírás, előre kifizetett bérletalkalmak, ajándékkártya-egyenlegek és a fix összegű kedvezményt adó beváltható pecsétkártya-jutalmak. Az ingyenes termék és a százalékos jutalmak darabra számítanak, pénzértékük nincs.</translation>
        </message>
        <message>
            <source>0–100: the mean of reach (active members ÷ all members enrolled by the end of the period), repurchase rate and retention rate.</source>
            <translation type="vanished">0–100: az elérés (aktív tagok ÷ az időszak végéig belépett összes tag), az újravásárlási arány és a megtartási arány átlaga.</translation>
        </message>
        <message>
            <source>Members with at least one visit in the period.</source>
            <translation type="vanished">Azok a tagok, akik az időszakban legalább egyszer vásároltak.</translation>
        </message>
        <message>
            <source>liability</source>
            <translation type="vanished">kötelezettség</translation>
        </message>
        <message>
            <source>nps</source>
            <translation type="vanished">NPS</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>New PIN</source>
            <translation>Új PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Once more</source>
            <translation>Még egyszer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>A két PIN-kód eltér. Írd be kétszer ugyanazt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source> · until {date}</source>
            <translation> · érvényes: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Coupon {name}: {terms}{until}</source>
            <translation>Kupon: {name} – {terms}{until}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Pay with {name}: {points} = {value}</source>
            <translation>Fizetés pontokkal – {name}: {points} = {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Rewards and payments to apply</source>
            <translation>Alkalmazható jutalmak és fizetési módok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {name}: {uses} uses for {price}</source>
            <translation>Eladás: {name} ({uses} alkalom, {price})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {tier} membership: {fee}</source>
            <translation>Tagság eladása: {tier} ({fee})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Store credit: {part} of {amount}</source>
            <translation>Jóváírás: {part} / {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use one {name} ({left} left)</source>
            <translation>1 alkalom: {name} (maradt: {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use store credit: {amount}</source>
            <translation>Jóváírás felhasználása: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{name}: {part} of {points} = {value}</source>
            <translation>{name}: {part} / {points} = {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {cost} points</source>
            <translation>{reward} · {cost} pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {program} ({n} ready)</source>
            <translation>{reward} · {program} ({n} beváltható)</translation>
        </message>
    </context>
    <context>
        <name>OfflineCounter</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n pont</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n reward(s) ready</source>
            <translation>
                <numerusform>%n beváltható jutalom</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n pecsét</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n use(s) left</source>
            <translation>
                <numerusform>még %n alkalom</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Amount paid</source>
            <translation>Fizetett összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Amount paid ({sign})</source>
            <translation>Fizetett összeg ({sign})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Balances as of the last sync ({when}): possibly out of date.</source>
            <translation>Egyenlegek a legutóbbi szinkronizáláskor ({when}): lehet, hogy már nem pontosak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Card {card}</source>
            <translation>Kártya: {card}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Enter: queue the visit
Esc: next customer
F2: search
F5: full counter</source>
            <translation>Enter: vásárlás sorba
Esc: következő vásárló
F2: keresés
F5: teljes pult</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>F5: Full counter</source>
            <translation>F5: Teljes pult</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Find member in the copy (F2)</source>
            <translation>Tag keresése a másolatban (F2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Loyalty POS — {shop} — offline</source>
            <translation>Loyalty POS — {shop} — offline</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation>Következő vásárló: olvasd be a kártyát, vagy keress (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>No balances yet.</source>
            <translation>Még nincs egyenleg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>No member open</source>
            <translation>Nincs megnyitott tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Nobody named “{text}” in the till's copy of the member list.</source>
            <translation>A kassza taglista-másolatában nincs „{text}” nevű tag.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Offline: the shop's server cannot be reached. Only visits that earn are taken; they are queued and sent when it is back. The member list is as of {when} and may be out of date.</source>
            <translation>Offline: az üzlet szervere nem érhető el. Csak gyűjtő vásárlás rögzíthető; ezek sorba kerülnek, és elküldjük őket, amikor a szerver újra elérhető. A taglista {when} állapotú, lehet, hogy már nem pontos.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Open a member first: scan a card or search (F2).</source>
            <translation>Először nyiss meg egy tagot: olvasd be a kártyát, vagy keress (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Opened {name} from the till's copy. Type the amount paid, then Enter.</source>
            <translation>{name} megnyitva a kassza másolatából. Írd be a fizetett összeget, majd Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Queued: {amount} for {name} ({n} waiting). Its points and stamps are added when the server is back.</source>
            <translation>Sorba került: {amount}, {name} ({n} vár). A pontok és pecsétek akkor jóváíródnak, amikor a szerver újra elérhető.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Scan a card, or search by name (F2).</source>
            <translation>Olvasd be a kártyát, vagy keress név szerint (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Scan a card, or search by name (F2). Enter queues the visit.</source>
            <translation>Olvasd be a kártyát, vagy keress név szerint (F2). Enter: a vásárlás sorba kerül.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Store credit used</source>
            <translation>Felhasznált jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server cannot be reached, and this till has no copy of the member list yet (it is made while the server answers). Try again when the network is back.</source>
            <translation>Az üzlet szervere nem érhető el, és ennél a kasszánál még nincs másolat a taglistáról (akkor készül, amikor a szerver elérhető). Próbáld újra, ha a hálózat helyreállt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The shop's server is back. Queue this visit (Enter) or press F5: the full counter opens.</source>
            <translation>Az üzlet szervere újra elérhető. Tedd sorba ezt a vásárlást (Enter), vagy nyomd meg az F5-öt: megnyílik a teljes pult.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server is back: %n queued visit(s) sent. Scan the next card.</source>
            <translation>
                <numerusform>Az üzlet szervere újra elérhető: %n sorba tett vásárlás elküldve. Olvasd be a következő kártyát.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The shop's server is still away; trying every 15 s.</source>
            <translation>Az üzlet szervere még nem érhető el; 15 másodpercenként újrapróbáljuk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The visit of {name} is not queued yet: press Enter to queue it, or Esc to drop it, then scan again.</source>
            <translation>{name} vásárlása még nincs sorban: Enterrel tedd sorba, vagy Esc-kel dobd el, aztán olvass be újra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Type the amount paid, then press Enter.</source>
            <translation>Írd be a fizetett összeget, majd nyomj Entert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>the shop</source>
            <translation>az üzlet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>{card}: stamps earned</source>
            <translation>{card}: szerzett pecsétek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>{program}: {balance}</source>
            <translation>{program}: {balance}</translation>
        </message>
        <message>
            <source>Amount paid ({sign}) — Enter queues the visit</source>
            <translation type="vanished">Fizetett összeg ({sign}) — Enter: a vásárlás sorba kerül</translation>
        </message>
        <message>
            <source>Store credit used (only within the offline allowance)</source>
            <translation type="vanished">Felhasznált jóváírás (csak az offline kereten belül)</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Details are in {log}</source>
            <translation>A részletek itt vannak: {log}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Not done</source>
            <translation>Nem történt meg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+1 stamp · {program} {progress}</source>
            <translation>+1 pecsét · {program} {progress}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+{n} stamps · {program} {progress}</source>
            <translation>+{n} pecsét · {program} {progress}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Card complete! Reward ready: {reward}</source>
            <translation>Betelt a kártya! Beváltható jutalom: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Cash due {amount}</source>
            <translation>Fizetendő: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Coupon for the next visit: {code}</source>
            <translation>Kupon a következő vásárlásra: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Daily limit: only {added} of {requested} stamps given · {program}</source>
            <translation>Napi korlát: csak {added} pecsét jár a kért {requested} helyett · {program}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Daily points limit reached: fewer points given.</source>
            <translation>Napi pontkorlát elérve: kevesebb pont jár.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>GIVE: {reward}</source>
            <translation>ADD ÁT: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Now {tier}!</source>
            <translation>Új szint: {tier}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>This visit was already confirmed. Nothing was added again.</source>
            <translation>Ez a vásárlás már rögzítve van. Semmi sem került be újra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Visit confirmed.</source>
            <translation>Vásárlás rögzítve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>discount {amount}</source>
            <translation>kedvezmény: {amount}</translation>
        </message>
    </context>
    <context>
        <name>OwnerActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>1  Staff and PINs</source>
            <translation>1  Munkatársak és PIN-kódok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>2  Settings</source>
            <translation>2  Beállítások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>3  Reports</source>
            <translation>3  Kimutatások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>4  Programs</source>
            <translation>4  Programok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>5  Backups and restore</source>
            <translation>5  Biztonsági mentés és visszaállítás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>6  Import and export</source>
            <translation>6  Importálás és exportálás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>7  Audit trail</source>
            <translation>7  Tevékenységnapló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>8  Members' data: consents, export, erase, merge</source>
            <translation>8  Tagok adatai: hozzájárulások, exportálás, törlés, összevonás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Ask for feedback</source>
            <translation>Visszajelzés kérése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>At the till: {name} (F11 to switch)</source>
            <translation>A kasszánál: {name} (váltás: F11)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Backup restored: {members} members, {visits} visits.</source>
            <translation>Mentés visszaállítva: {members} tag, {visits} vásárlás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Cashier</source>
            <translation>Kasszás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>F6: Ask for feedback</source>
            <translation>F6: Visszajelzés kérése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Feedback</source>
            <translation>Vélemény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Feedback is asked right after a confirmed visit.</source>
            <translation>Visszajelzést közvetlenül egy rögzített vásárlás után lehet kérni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner</source>
            <translation>Tulajdonos</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner screens</source>
            <translation>Tulajdonosi képernyők</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Owner…</source>
            <translation>Tulajdonos…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Reports</source>
            <translation>Jelentés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Reports…</source>
            <translation>Kimutatások…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Switch cashier…</source>
            <translation>Pénztárosváltás…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Thank you! Score {score} saved.</source>
            <translation>Köszönjük! Értékelés mentve: {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>{name} is at the till now.</source>
            <translation>Most a kasszánál: {name}.</translation>
        </message>
    </context>
    <context>
        <name>OwnerApproval</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Gift card of {amount} ({words}), above the limit of {limit}. Owner's PIN:</source>
            <translation>{amount} ({words}) értékű ajándékkártya, a jóváhagyási határ ({limit}) fölött. Tulajdonosi PIN-kód:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Owner approval</source>
            <translation>Tulajdonosi jóváhagyás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Void visit {visit}: {why}. Owner's PIN:</source>
            <translation>Vásárlás #{visit} sztornója: {why}. Tulajdonosi PIN-kód:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>it charged {amount}, above the owner's limit of {limit}</source>
            <translation>összege {amount}, a jóváhagyási határ ({limit}) fölött</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>the visit is from {date}, an earlier day</source>
            <translation>a vásárlás korábbi napon történt ({date})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>{name}, choose an owner's PIN of 6 to 8 digits (cashiers must not know it).</source>
            <translation>{name}, válassz egy 6–8 számjegyű tulajdonosi PIN-kódot (a pénztárosok ne ismerjék).</translation>
        </message>
        <message>
            <source>{name}, choose an owner's PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="vanished">{name}, válassz egy 4–8 számjegyű tulajdonosi PIN-kódot (a pénztárosok ne ismerjék).</translation>
        </message>
    </context>
    <context>
        <name>OwnerGate</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Choose now</source>
            <translation>Választok most</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Later</source>
            <translation>Később</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner PIN</source>
            <translation>Tulajdonosi PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner only</source>
            <translation>Csak tulajdonos</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of {min} to {max} digits (cashiers must not know it).</source>
            <translation>A tulajdonosi képernyőket mostantól PIN-kód védi. {name}, válassz egy {min}–{max} számjegyű PIN-kódot (a pénztárosok ne ismerjék).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>This is for the owner. Owner's PIN:</source>
            <translation>Ez a tulajdonosnak szól. Tulajdonosi PIN-kód:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Wrong PINs</source>
            <translation>Hibás PIN-kódok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Wrong PINs for {name} since your last sign-in: {count}.</source>
            <translation>Hibás PIN-kódok {name} nevére a legutóbbi belépésed óta: {count}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Your owner PIN is shorter than {min} digits, easy to guess by trying. Choose a PIN of {min} to {max} digits now?</source>
            <translation>A tulajdonosi PIN-kódod {min} számjegynél rövidebb, próbálgatással könnyű kitalálni. Választasz most egy {min}–{max} számjegyű PIN-kódot?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}'s PIN is locked until an owner unlocks it on the staff screen.</source>
            <translation>{name} PIN-kódja zárolva van, amíg egy tulajdonos fel nem oldja a Munkatársak képernyőn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}'s PIN is locked until {time}.</source>
            <translation>{name} PIN-kódja zárolva van eddig: {time}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}, choose a PIN of {min} to {max} digits (cashiers must not know it).</source>
            <translation>{name}, válassz egy {min}–{max} számjegyű PIN-kódot (a pénztárosok ne ismerjék).</translation>
        </message>
        <message>
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="vanished">A tulajdonosi képernyőket mostantól PIN-kód védi. {name}, válassz egy 4–8 számjegyű PIN-kódot (a pénztárosok ne ismerjék).</translation>
        </message>
    </context>
    <context>
        <name>PartDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>Enter: use this · Esc: cancel</source>
            <translation>Enter: felhasználás · Esc: mégse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How many {name}?</source>
            <translation>{name}: mennyit?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much from the gift card?</source>
            <translation>Mennyit az ajándékkártyáról?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much store credit?</source>
            <translation>Mennyi jóváírást?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>How much?</source>
            <translation>Mennyit?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>all it needs</source>
            <translation>amennyi kell</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>points</source>
            <translation>pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>{held} · empty: as much as the bill needs</source>
            <translation>{held} · üresen: amennyi a számlához kell</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>A number of points cannot be negative.</source>
            <translation>A pontok száma nem lehet negatív.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Has {n} points (worth {value})</source>
            <translation>Pontok: {n} (érték: {value})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Holds {amount}</source>
            <translation>Egyenleg: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {name}.</source>
            <translation>Nem maradt fizetésre felhasználható egyenleg: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {what}.</source>
            <translation>Nem maradt fizetésre felhasználható egyenleg: {what}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Only {owed} is still owed: use at most that from {what}.</source>
            <translation>Már csak {owed} fizetendő: legfeljebb ennyit használj fel ebből: {what}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The gift card holds only {held}.</source>
            <translation>Az ajándékkártyán csak {held} van.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} in store credit.</source>
            <translation>A tag jóváírása csak {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} {name}.</source>
            <translation>A tagnak csak {held} van ebből: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The rest of the bill needs only {n} {name}: type at most that.</source>
            <translation>A számla hátralévő részéhez csak {n} kell ebből: {name}. Legfeljebb ennyit írj be.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Type more than zero, or leave it empty for as much as the bill needs.</source>
            <translation>Írj be nullánál többet, vagy hagyd üresen, és annyi lesz, amennyi a számlához kell.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>store credit</source>
            <translation>jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>the gift card</source>
            <translation>az ajándékkártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>“{text}” is not a whole number of points.</source>
            <translation>„{text}”: a pontok száma csak egész szám lehet.</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>A scan is not a PIN and was not counted as a try. Type the PIN.</source>
            <translation>A beolvasás nem PIN-kód, ezért nem számít bele a próbálkozásokba. Írd be a PIN-kódot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation>PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Who</source>
            <translation>Ki</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Lost card…</source>
            <translation>&amp;Elveszett kártya…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Print</source>
            <translation>&amp;Nyomtatás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Card design…</source>
            <translation>Kártya kinézete…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Card {old} is replaced by card {new}.</source>
            <translation>Kártyacsere: {old} → {new}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Ctrl+P: Print the new card</source>
            <translation>Ctrl+P: Új kártya nyomtatása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Lost card</source>
            <translation>Elveszett kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Lost card: replace…</source>
            <translation>Elveszett kártya: csere…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No (Esc)</source>
            <translation>Nem (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No visit to print a slip for yet.</source>
            <translation>Még nincs vásárlás, amelyhez bizonylatot lehetne nyomtatni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open a member first (scan or F2), then Ctrl+P.</source>
            <translation>Előbb nyiss meg egy tagot (beolvasás vagy F2), majd Ctrl+P.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open the member whose card was lost first.</source>
            <translation>Előbb nyisd meg azt a tagot, akinek elveszett a kártyája.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print (Ctrl+P)</source>
            <translation>Nyomtatás (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print cards…</source>
            <translation>Kártyák nyomtatása…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print slip for the last visit…</source>
            <translation>Bizonylat az utolsó vásárlásról…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print this member's card…</source>
            <translation>A tag kártyájának nyomtatása…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Replace card {card} of {name}? The old card will stop working; stamps and rewards stay with the member.</source>
            <translation>Lecseréled a kártyát? Tag: {name}, kártya: {card}. A régi kártya nem működik tovább; a pecsétek és a jutalmak a tagnál maradnak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Save slip as PDF</source>
            <translation>Bizonylat mentése PDF-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Save slip as PDF…</source>
            <translation>Bizonylat mentése PDF-be…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip printed.</source>
            <translation>Bizonylat kinyomtatva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip saved as PDF.</source>
            <translation>Bizonylat PDF-be mentve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Yes, new card (Enter)</source>
            <translation>Igen, új kártya (Enter)</translation>
        </message>
        <message>
            <source>Lost card…</source>
            <translation type="vanished">Elveszett kártya…</translation>
        </message>
    </context>
    <context>
        <name>PrintCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papír:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Add → (Enter)</source>
            <translation>Hozzáadás → (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>All members ({n})</source>
            <translation>Minden tag ({n})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen members</source>
            <translation>Kiválasztott tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen:</source>
            <translation>Kiválasztva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Members I choose:</source>
            <translation>Választott tagok:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>New blank cards, pre-numbered:</source>
            <translation>Új üres kártyák, előre számozva:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No cards to print: choose members first.</source>
            <translation>Nincs nyomtatandó kártya: előbb válassz tagokat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No member is open</source>
            <translation>Nincs megnyitott tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Előnézet…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print member cards</source>
            <translation>Tagkártyák nyomtatása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation>Nyomtatás… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Reserved {n} new card numbers, {first} … {last}.</source>
            <translation>{n} új kártyaszám lefoglalva: {first} … {last}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation>Mentés PDF-be… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save cards as PDF</source>
            <translation>Kártyák mentése PDF-be</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Search by name, phone or card; Enter adds</source>
            <translation>Keresés név, telefon vagy kártya alapján; Enter: hozzáadás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{name}, card {card}</source>
            <translation>{name}, kártya: {card}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation>{n} kártya mentve ide: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation>{n} kártya elküldve a nyomtatóra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>← Remove (Del)</source>
            <translation>← Eltávolítás (Del)</translation>
        </message>
        <message>
            <source>Add →</source>
            <translation type="vanished">Hozzáadás →</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="vanished">Bezárás</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation type="vanished">Előnézet…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation type="vanished">Nyomtatás…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="vanished">Mentés PDF-be…</translation>
        </message>
        <message>
            <source>← Remove</source>
            <translation type="vanished">← Eltávolítás</translation>
        </message>
    </context>
    <context>
        <name>PrintCodesDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;How many new codes:</source>
            <translation>Új kódok &amp;száma:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papír:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Could not save {path}: {error}</source>
            <translation>Nem sikerült menteni ({path}): {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>How many</source>
            <translation>Darabszám</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>Elő&amp;nézet…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation>Nyomtatás… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation>Mentés PDF-be… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation>{n} kártya mentve ide: {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation>{n} kártya elküldve a nyomtatóra.</translation>
        </message>
    </context>
    <context>
        <name>PrintOutput</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>A4 sheet of ten, with cut marks</source>
            <translation>A4-es lap, tíz kártya, vágójelekkel</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>Single card, CR80 (card printers)</source>
            <translation>Egy kártya, CR80 (kártyanyomtatóhoz)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>US Letter sheet of ten, with cut marks</source>
            <translation>US Letter lap, tíz kártya, vágójelekkel</translation>
        </message>
    </context>
    <context>
        <name>PrintedCard</name>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>Gift card {amount}</source>
            <translation>Ajándékkártya {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>for {name}</source>
            <translation>részére: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>from {amount}</source>
            <translation>min. vásárlás: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>until {date}</source>
            <translation>érvényes: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>valid until {date}</source>
            <translation>érvényes: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>{balance} left</source>
            <translation>maradék: {balance}</translation>
        </message>
    </context>
    <context>
        <name>ProgramsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> days</source>
            <translation> nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> stamps</source>
            <translation> pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Daily limit</source>
            <translation>Napi &amp;korlát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Név</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Reward</source>
            <translation>&amp;Jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}”</source>
            <translation>„{name}” szerkesztése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}” (switched off)</source>
            <translation>„{name}” szerkesztése (kikapcsolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Fixed discount</source>
            <translation>Fix kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Free item</source>
            <translation>Ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) and can still redeem them at the counter.</source>
            <translation>A tagok megtartják a beváltható jutalmaikat (összesen {held}, {n} tagnál), és a kasszánál továbbra is beválthatják őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program</source>
            <translation>Új program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program (Ctrl+N)</source>
            <translation>Új program (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>No member holds stamps or rewards on it.</source>
            <translation>Egyik tagnak sincs rajta pecsétje vagy jutalma.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Percent discount</source>
            <translation>Százalékos kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Programs</source>
            <translation>Programok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Punch-card programs</source>
            <translation>Pecsétkártya-programok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;kind</source>
            <translation>Jutalom &amp;fajtája</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;value</source>
            <translation>Jutalom ér&amp;téke</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Mentés (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps &amp;needed</source>
            <translation>Szükséges &amp;pecsétek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps e&amp;xpire after</source>
            <translation>Pecsétek &amp;lejárata</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps per &amp;item</source>
            <translation>Pecsét te&amp;rmékenként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation>Kikapcsolás (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation>Bekapcsolás (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) stay on the members' panels, marked switched off, but get no new stamps.</source>
            <translation>A be nem telt kártyák (összesen {stamps} pecsét, {n} tagnál) kikapcsoltként a tagoknál maradnak, de új pecsétet nem kapnak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>e.g. Free coffee</source>
            <translation>pl. Ingyen kávé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>never</source>
            <translation>soha</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>no limit</source>
            <translation>nincs korlát</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>{name} (off)</source>
            <translation>{name} (kikapcsolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is on again: it gives stamps from the next visit.</source>
            <translation>„{name}” újra be van kapcsolva: a következő vásárlástól ad pecsétet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is switched off: it gives no new stamps from the next visit.</source>
            <translation>„{name}” kikapcsolva: a következő vásárlástól nem ad új pecsétet.</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation type="vanished">Váratlan hiba, semmi sem változott: {error}</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="vanished">Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Amount</source>
            <translation>Ö&amp;sszeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Reason *</source>
            <translation>&amp;Indok *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Visit number</source>
            <translation>&amp;Vásárlás száma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>A scan can't be used here: nothing was refunded. Type the visit number and the amount, or Esc.</source>
            <translation>Itt nem használható beolvasás: nem történt visszatérítés. Írd be a vásárlás számát és az összeget, vagy Esc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Already used, can't be taken back: {what}</source>
            <translation>Már felhasználva, nem vonható vissza: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Amount to refund</source>
            <translation>Visszatérítendő összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back on gift card {code}: {amount}</source>
            <translation>Vissza az ajándékkártyára ({code}): {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back on the pass: {what}</source>
            <translation>Vissza a bérletre: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back to store credit: {amount}</source>
            <translation>Vissza jóváírásként: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Empty: all that is left</source>
            <translation>Üresen: a teljes fennmaradó összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>FULL refund</source>
            <translation>TELJES visszatérítés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gift card {code} is void or expired: its {amount} is paid in cash.</source>
            <translation>Az ajándékkártya ({code}) sztornózva van vagy lejárt: a rá eső részt ({amount}) készpénzben kell visszaadni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gives back: {what}</source>
            <translation>Visszaírja: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Hand back in cash: {amount}</source>
            <translation>Készpénzben visszaadandó: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>No points, credit or stamps change.</source>
            <translation>Pont, jóváírás és pecsét nem változik.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Partial refund</source>
            <translation>Részleges visszatérítés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Points paid with, back: {what}</source>
            <translation>Fizetésre használt pontokból visszajár: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Reason</source>
            <translation>Indok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund (Enter)</source>
            <translation>Visszatérítés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund a visit</source>
            <translation>Vásárlás visszatérítése</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refunded before: {amount}</source>
            <translation>Korábban visszatérítve: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Required, e.g. returned, wrong size</source>
            <translation>Kötelező, pl. visszahozta, rossz méret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Say why the visit is refunded.</source>
            <translation>Add meg a visszatérítés okát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Takes back: {what}</source>
            <translation>Levonja: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit number</source>
            <translation>Vásárlás száma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} refunded in full: {amount}.</source>
            <translation>Vásárlás #{id}: teljes visszatérítés, {amount}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} · {when} · {who} · charged {charged}</source>
            <translation>Vásárlás #{id} · {when} · {who} · felszámítva: {charged}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id}: {amount} refunded.</source>
            <translation>Vásárlás #{id}: {amount} visszatérítve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>no member</source>
            <translation>nincs tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{amount} store credit</source>
            <translation>{amount} jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{kind}: {amount}</source>
            <translation>{kind}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} pass uses</source>
            <translation>{n} bérletalkalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} points</source>
            <translation>{n} pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} rewards</source>
            <translation>{n} jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} stamps</source>
            <translation>{n} pecsét</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Cash or bank card for sales</source>
            <translation>Vásárlások készpénzben vagy bankkártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Change</source>
            <translation>Változás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Comment</source>
            <translation>Megjegyzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Customer feedback</source>
            <translation>Vásárlói visszajelzések</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Dashboard {period}</source>
            <translation>Áttekintés – {period}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Date</source>
            <translation>Dátum</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Definition</source>
            <translation>Meghatározás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Discounts given</source>
            <translation>Adott kedvezmények</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>End of day {day}</source>
            <translation>Napzárás – {day}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Enrolled</source>
            <translation>Belépett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Figure</source>
            <translation>Mutató</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>From</source>
            <translation>Kezdet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Gift cards sold</source>
            <translation>Eladott ajándékkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>In money</source>
            <translation>Pénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Last visit</source>
            <translation>Utolsó vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Member</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Members</source>
            <translation>Tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Monthly cohort retention</source>
            <translation>Havi kohorszmegtartás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>New</source>
            <translation>Új</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding</source>
            <translation>Fennálló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding liability</source>
            <translation>Fennálló kötelezettség</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Over time (by {unit})</source>
            <translation>Időbeli alakulás (egység: {unit})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with gift cards</source>
            <translation>Fizetve ajándékkártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with points</source>
            <translation>Fizetve pontokkal</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with store credit</source>
            <translation>Fizetve jóváírásból</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Previous period</source>
            <translation>Előző időszak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded as store credit</source>
            <translation>Visszatérítve jóváírásként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded in cash</source>
            <translation>Visszatérítve készpénzben</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded to gift cards</source>
            <translation>Visszatérítve ajándékkártyára</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunds</source>
            <translation>Visszatérítések</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Returning</source>
            <translation>Visszatérő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rewards redeemed</source>
            <translation>Beváltott jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rung up</source>
            <translation>Beütött összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rung up = discounts + points + store credit + gift cards + cash or bank card. To collect = cash or bank card for sales + gift cards sold − refunded in cash: count the drawer and add the card terminal's total.</source>
            <translation>Beütött összeg = kedvezmények + pontok + jóváírás + ajándékkártyák + készpénz vagy bankkártya. Beszedendő = vásárlások készpénzben vagy bankkártyával + eladott ajándékkártyák − készpénzben visszatérítve: számold le a kasszát, és add hozzá a kártyaterminál végösszegét.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Sales</source>
            <translation>Forgalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Score</source>
            <translation>Értékelés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Share of each month's new members who visited in each month since.</source>
            <translation>Az egyes hónapok új tagjai közül azok aránya, akik az azt követő hónapokban vásároltak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Stamps</source>
            <translation>Pecsétek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>This period</source>
            <translation>Ez az időszak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>To collect (cash and bank card)</source>
            <translation>Beszedendő (készpénz és bankkártya)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Top members</source>
            <translation>Legjobb tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Total</source>
            <translation>Összesen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visit</source>
            <translation>Vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visits</source>
            <translation>Vásárlások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Were regulars, not seen for 60 days (consented to contact)</source>
            <translation>Törzsvásárlók voltak, 60 napja nem jártak itt (hozzájárultak a megkereséshez)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>What</source>
            <translation>Fajta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>day</source>
            <translation>nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>gift cards</source>
            <translation>ajándékkártyák</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>month</source>
            <translation>hónap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>pass uses</source>
            <translation>bérletalkalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>points</source>
            <translation>pontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>ready rewards</source>
            <translation>beváltható jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>store credit</source>
            <translation>jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>vs previous: {change}</source>
            <translation>előzőhöz képest: {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>week</source>
            <translation>hét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{number} %</source>
            <translation>{number}%</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{number} pt</source>
            <comment>percentage points</comment>
            <translation>{number} %-pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{n} more lapsed regulars did not consent to be contacted.</source>
            <translation>További {n} elmaradt törzsvásárló nem járult hozzá a megkereséshez.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation type="vanished">Pénztáros</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>By cashier</source>
            <translation>Pénztárosonként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>By till</source>
            <translation>Kasszánként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-fájlok (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cannot write the file: {error}</source>
            <translation>A fájl nem írható: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cohorts</source>
            <translation>Kohorszok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Custom</source>
            <translation>Egyéni</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Dashboard</source>
            <translation>Áttekintés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Each row: the members who enrolled that month. Each column: the share of them who visited in the month that many months later (M0 = enrolment month).</source>
            <translation>Minden sor: az adott hónapban belépett tagok. Minden oszlop: közülük azok aránya, akik ennyi hónappal később vásároltak (H0 = a belépés hónapja).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>End of day</source>
            <translation>Napzárás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export</source>
            <translation>Exportálás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export CSV… (Ctrl+E)</source>
            <translation>CSV-exportálás… (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export PDF… (Ctrl+P)</source>
            <translation>PDF-exportálás… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Feedback</source>
            <translation>Visszajelzések</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Last 12 months</source>
            <translation>Utolsó 12 hónap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Liability</source>
            <translation>Kötelezettségek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Lighter cells in italics: this month so far, not over yet.</source>
            <translation>Halványabb, dőlt betűs cellák: ez a hónap eddig, még nem ért véget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Members</source>
            <translation>Tagok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Monthly cohort retention</source>
            <translation>Havi kohorszmegtartás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>NPS {nps} from {n} answers.</source>
            <translation>NPS: {nps} ({n} válasz alapján).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-fájlok (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Period</source>
            <translation>Időszak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Reports</source>
            <translation>Kimutatások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Show (Enter)</source>
            <translation>Mutasd (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>The last day of the chosen period, by cashier.</source>
            <translation>A kiválasztott időszak utolsó napja, pénztárosonként.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This month</source>
            <translation>Ez a hónap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This week</source>
            <translation>Ez a hét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Today</source>
            <translation>Ma</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{n} lines without a money value</source>
            <translation>{n} tétel pénzérték nélkül</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{tab} ({key})</source>
            <translation>{tab} ({key})</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="vanished">CSV-exportálás…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="vanished">PDF-exportálás…</translation>
        </message>
        <message>
            <source>Show</source>
            <translation type="vanished">Mutasd</translation>
        </message>
    </context>
    <context>
        <name>RewardActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>&amp;Rewards</source>
            <translation>&amp;Jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Correct this member's balance…</source>
            <translation>A tag egyenlegének korrekciója…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Coupon offers…</source>
            <translation>Kuponajánlatok…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Gift cards: sell or look up…</source>
            <translation>Ajándékkártyák: eladás, keresés…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Nothing unusual today.</source>
            <translation>Ma nem történt semmi szokatlan.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Open the member whose balance is wrong first.</source>
            <translation>Előbb nyisd meg azt a tagot, akinek hibás az egyenlege.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Unusual activity</source>
            <translation>Szokatlan tevékenység</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Unusual activity today…</source>
            <translation>Mai szokatlan tevékenység…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>{name}: {n} visits</source>
            <translation>{name}: {n} vásárlás</translation>
        </message>
    </context>
    <context>
        <name>RewardsSetupDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Items</source>
            <translation>&amp;Termékek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Points</source>
            <translation>&amp;Pontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Rules</source>
            <translation>Szabál&amp;yok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Tiers</source>
            <translation>S&amp;zintek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>C&amp;atalogue</source>
            <translation>&amp;Katalógus</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Cr&amp;edit</source>
            <translation>&amp;Jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pa&amp;sses</source>
            <translation>&amp;Bérletek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pro&amp;motions</source>
            <translation>&amp;Akciók</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Rewards set-up</source>
            <translation>Jutalmak beállítása</translation>
        </message>
    </context>
    <context>
        <name>ScanRoute</name>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>A scan can't be used here: nothing was changed. Close this window (Esc) to scan at the counter.</source>
            <translation>Itt nem használható beolvasás: semmi sem változott. Zárd be ezt az ablakot (Esc), és olvass be a kasszánál.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>A scan can't be used in “{title}”: nothing was changed. Close it (Esc) to scan at the counter.</source>
            <translation>Ebben az ablakban („{title}”) nem használható beolvasás: semmi sem változott. Zárd be (Esc), és olvass be a kasszánál.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation>Váratlan hiba, semmi sem változott: {error}</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Branch {branch}</source>
            <translation>Üzletegység: {branch}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Till {till}</source>
            <translation>Kassza: {till}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Which tills the reports count (Ctrl+T)</source>
            <translation>Mely kasszák adatait számolják a kimutatások (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Whole shop</source>
            <translation>Teljes üzlet</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Name, phone, e-mail or card number. Enter opens.</source>
            <translation>Név, telefon, e-mail vagy kártyaszám. Enter: megnyitás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Scan, or type a name…</source>
            <translation>Beolvasás vagy név…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Search</source>
            <translation>Keresés</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>(blocked)</source>
            <translation>(letiltva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>Search results</source>
            <translation>Találatok</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source> min</source>
            <translation> perc</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Gift card: owner above</source>
            <translation>Ajándékkártya &amp;jóváhagyási határa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Text size</source>
            <translation>&amp;Betűméret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Void: owner above</source>
            <translation>Sz&amp;tornó jóváhagyási határa</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Window</source>
            <translation>&amp;Ablak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>A gift card worth more needs the owner's PIN at the counter</source>
            <translation>Ennél nagyobb értékű ajándékkártya eladásához a kasszánál a tulajdonos PIN-kódja kell</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>A sound when a scan is taken or refused</source>
            <translation>Hangjelzés elfogadott és elutasított beolvasáskor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask customers for a 0–10 score after a visit</source>
            <translation>0–10-es értékelés kérése a vásárlóktól vásárlás után</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask for your loyalty card!</source>
            <translation>Kérje törzsvásárlói kártyáját!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>At the counter: Ctrl+Plus, Ctrl+Minus, Ctrl+0</source>
            <translation>A kasszánál: Ctrl+Plusz, Ctrl+Mínusz, Ctrl+0</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>C&amp;olours</source>
            <translation>&amp;Színek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>C&amp;ustomer screen</source>
            <translation>&amp;Vásárlói képernyő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Card number prefix</source>
            <translation>Kártyaszám-előtag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Currency (ISO 4217)</source>
            <translation>Pénznem (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Customer screen on</source>
            <translation>Vásárlói képernyő helye</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Customer screen's &amp;line</source>
            <translation>Vásárlói képernyő &amp;szövege</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Feedback</source>
            <translation>Visszajelzés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>For a till that runs nothing else; off, the counter opens maximized</source>
            <translation>Csak erre használt kasszagéphez; kikapcsolva a kassza teljes méretű ablakban nyílik meg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Full screen, no window frame (kiosk)</source>
            <translation>Teljes képernyő, ablakkeret nélkül (kioszk)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation>Nagy kontraszt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Large (125 %)</source>
            <translation>Nagy (125%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Largest (150 %)</source>
            <translation>Legnagyobb (150%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Light or dark as the computer is set; high contrast: 7:1 text</source>
            <translation>Világos vagy sötét, ahogy a számítógép be van állítva; nagy kontraszt: 7:1 arányú szöveg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>None (a scanner reads the codes)</source>
            <translation>Nincs (vonalkódolvasó olvassa a kódokat)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Normal (100 %)</source>
            <translation>Normál (100%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>O&amp;ffline allowance</source>
            <translation>O&amp;ffline keret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Owner screens lock after</source>
            <translation>Tulajdonosi képernyők zárolása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Reads the QR code on a customer's phone or card</source>
            <translation>Beolvassa a QR-kódot a vásárló telefonjáról vagy kártyájáról</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Save (Enter)</source>
            <translation>Mentés (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Scan &amp;sounds</source>
            <translation>Beolvasási &amp;hang</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Beállítások</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Shop name</source>
            <translation>Üzlet neve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Show a screen facing the customer</source>
            <translation>Képernyő a vásárló felé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Standard</source>
            <translation>Alap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>The screen that is not the counter's</source>
            <translation>Az a képernyő, amely nem a pénztáré</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Voiding a visit that charged more, or one from an earlier day, needs the owner's PIN</source>
            <translation>Ennél nagyobb összegű vagy korábbi napi vásárlás sztornójához a tulajdonos PIN-kódja kell</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Web&amp;cam for codes</source>
            <translation>&amp;Webkamera a kódokhoz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>What each member may pay with credit and points while a till cannot reach the server (0: nothing).</source>
            <translation>Ennyit fizethet egy tag jóváírással és ponttal, amíg egy kassza nem éri el a szervert (0: semmit).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>{name} (not connected)</source>
            <translation>{name} (nincs csatlakoztatva)</translation>
        </message>
        <message>
            <source>&amp;Webcam for codes</source>
            <translation type="vanished">&amp;Webkamera a kódokhoz</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Mégse</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Mentés</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source> or </source>
            <translation> vagy </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Cashback (% of what is paid) *</source>
            <translation>&amp;Cashback (a fizetett összeg %-a) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Category</source>
            <translation>Kate&amp;gória</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Cost (points) *</source>
            <translation>Á&amp;r (pont) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Discounts per visit (0 = no limit) *</source>
            <translation>Kedvezmények vásárlás&amp;onként (0 = nincs korlát) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Expire after (days)</source>
            <translation>&amp;Lejárat (nap)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;From (YYYY-MM-DD)</source>
            <translation>&amp;Ettől (ÉÉÉÉ-HH-NN)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Fajta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Money off</source>
            <translation>Kedvezmény ö&amp;sszege</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Multiply points by *</source>
            <translation>Pont&amp;szorzó *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Name *</source>
            <translation>&amp;Név *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Points per step *</source>
            <translation>Pont lépés&amp;enként *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Points program *</source>
            <translation>Pontprogra&amp;m *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Price</source>
            <translation>Á&amp;r</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Price *</source>
            <translation>Á&amp;r *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Rank (1 = lowest) *</source>
            <translation>&amp;Rang (1 = legalacsonyabb) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Until (YYYY-MM-DD)</source>
            <translation>E&amp;ddig (ÉÉÉÉ-HH-NN)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Uses *</source>
            <translation>Alkal&amp;mak száma *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Weekday</source>
            <translation>&amp;Hét napja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Window (days) *</source>
            <translation>&amp;Időablak (nap) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(no referral bonus)</source>
            <translation>(nincs ajánlási bónusz)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(none)</source>
            <translation>(nincs)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Add (Ctrl+Enter)</source>
            <translation>Hozzáadás (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Add a points program first (Points tab).</source>
            <translation>Előbb adj hozzá egy pontprogramot (Pontok fül).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Added “{name}”.</source>
            <translation>Hozzáadva: „{name}”.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Amount &amp;step *</source>
            <translation>Lépés ö&amp;sszege *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Cashback</source>
            <translation>Cashback</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Category</source>
            <translation>Kategória</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Changing “{name}” ({state}). Ctrl+N starts a new one instead.</source>
            <translation>Módosítás: „{name}” ({state}). Új felvétele helyette: Ctrl+N.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Cost</source>
            <translation>Ár</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts &amp;for</source>
            <translation>Programokba &amp;számít</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts for</source>
            <translation>Programokba számít</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily &amp;cap (points)</source>
            <translation>Napi &amp;maximum (pont)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily cap</source>
            <translation>Napi maximum</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Earning</source>
            <translation>Gyűjtés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Expiry</source>
            <translation>Lejárat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Fee</source>
            <translation>Díj</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free &amp;item</source>
            <translation>&amp;Ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free item</source>
            <translation>Ingyenes termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Friday</source>
            <translation>Péntek</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Gives</source>
            <translation>Mit ad</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Item</source>
            <translation>Termék</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Ma&amp;ximum discount</source>
            <translation>Ma&amp;ximális kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation>A szinten lévő tagok a következő szintfelülvizsgálatig megtartják (most {n} tag).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) and can still spend them.</source>
            <translation>A tagok megtartják a meglévő pontjaikat (összesen {held}, {n} tagnál), és továbbra is elkölthetik őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) and can still use them.</source>
            <translation>A tagok megtartják a megvett alkalmaikat (összesen {held}, {n} tagnál), és továbbra is felhasználhatják őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) and can still pay with it.</source>
            <translation>A tagok megtartják a jóváírásukat (összesen {held}, {n} tagnál), és továbbra is fizethetnek vele.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Membership &amp;fee (paid tier)</source>
            <translation>Tagsági &amp;díj (fizetős szint)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;spend</source>
            <translation>Minimális kö&amp;ltés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;visits</source>
            <translation>Minimális &amp;vásárlásszám</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Monday</source>
            <translation>Hétfő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Money off</source>
            <translation>Összegkedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Multiplier</source>
            <translation>Szorzó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New (Ctrl+N)</source>
            <translation>Új (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New: fill in the form, Ctrl+Enter adds it. Ctrl+L picks one above to change.</source>
            <translation>Új: töltsd ki az űrlapot, a Ctrl+Enter hozzáadja. Meglévő módosítása: Ctrl+L, majd válassz fent.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>P&amp;ercent off</source>
            <translation>Kedvezmény száza&amp;léka</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Pass</source>
            <translation>Bérlet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Passes already bought keep their uses; the new terms are for new sales.</source>
            <translation>A már megvett bérletek megtartják az alkalmaikat; az új feltételek az új eladásokra vonatkoznak.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Percent off</source>
            <translation>Százalékos kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point va&amp;lue (pay with points)</source>
            <translation>Pontérték (&amp;fizetés pontokkal)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point value</source>
            <translation>Pontérték</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Points &amp;multiplier</source>
            <translation>Pont&amp;szorzó</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held are now worth {value} each.</source>
            <translation>A meglévő pontok értéke mostantól pontonként {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held can now only buy catalogue rewards.</source>
            <translation>A meglévő pontok mostantól csak katalógusjutalomra válthatók be.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;item</source>
            <translation>Pont te&amp;rmékenként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;visit</source>
            <translation>Pont &amp;vásárlásonként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Price</source>
            <translation>Ár</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Promotion</source>
            <translation>Akció</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reached by</source>
            <translation>Elérés feltétele</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral &amp;bonus (points, or minor units of credit)</source>
            <translation>Ajánlási bó&amp;nusz (pont, vagy jóváírás váltópénz-egységben)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral bonus &amp;program</source>
            <translation>Ajánlási bónusz progra&amp;mja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reward</source>
            <translation>Jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rules saved.</source>
            <translation>Szabályok mentve.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Saturday</source>
            <translation>Szombat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Save changes (Ctrl+S)</source>
            <translation>Mentés (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Save rules (Ctrl+Enter)</source>
            <translation>Szabályok mentése (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Saved “{name}”: the changes apply from the next checkout.</source>
            <translation>Mentve: „{name}”. A változások a következő fizetéstől érvényesek.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Set up so far</source>
            <translation>Eddig beállítva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Standing &amp;discount (%)</source>
            <translation>Állandó kedv&amp;ezmény (%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Sunday</source>
            <translation>Vasárnap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation>Kikapcsolás (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation>Bekapcsolás (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Thursday</source>
            <translation>Csütörtök</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tier</source>
            <translation>Szint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tuesday</source>
            <translation>Kedd</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Váratlan hiba, semmi sem lett mentve: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Uses</source>
            <translation>Alkalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Wednesday</source>
            <translation>Szerda</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>What members already hold gets the full {days} days from today.</source>
            <translation>Ami már a tagoknál van, mától a teljes {days} napot megkapja.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>When</source>
            <translation>Mikor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>any day</source>
            <translation>bármely nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. 10 car washes</source>
            <translation>pl. 10 autómosás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. 500 Ft off</source>
            <translation>pl. 500 Ft kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Cashback</source>
            <translation>pl. Cashback</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Double Tuesdays</source>
            <translation>pl. Dupla pont kedden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Gold</source>
            <translation>pl. Arany</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Latte</source>
            <translation>pl. Latte</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Points</source>
            <translation>pl. Pontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. coffee</source>
            <translation>pl. kávé</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: catalogue only</source>
            <translation>üresen: csak katalógus</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: never</source>
            <translation>üresen: soha</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: none</source>
            <translation>üresen: nincs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>every day</source>
            <translation>minden nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>free {item}</source>
            <translation>ingyenes {item}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>on</source>
            <translation>bekapcsolva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>paid only</source>
            <translation>csak fizetős</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>spend {amount}</source>
            <translation>{amount} költés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>switched off</source>
            <translation>kikapcsolva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{amount} off</source>
            <translation>{amount} kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: enter a value.</source>
            <translation>{field}: adj meg egy értéket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: “{text}” is not understood.</source>
            <translation>{field}: „{text}” nem értelmezhető.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{name} (off)</source>
            <translation>{name} (kikapcsolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{n} days</source>
            <translation>{n} nap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{n} visits</source>
            <translation>{n} vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} % off</source>
            <translation>{p}% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} off</source>
            <translation>{p} kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{what} in {days} days</source>
            <translation>{days} nap alatt: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is on again from the next checkout.</source>
            <translation>„{name}” a következő fizetéstől újra be van kapcsolva.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it earns no more points.</source>
            <translation>„{name}” kikapcsolva: nem gyűjt több pontot.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it gives no more cashback.</source>
            <translation>„{name}” kikapcsolva: nem jár több jóváírás.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it is no longer sold.</source>
            <translation>„{name}” kikapcsolva: már nem kapható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it no longer multiplies points.</source>
            <translation>„{name}” kikapcsolva: már nem szorozza a pontokat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: nobody new reaches it and it is not sold.</source>
            <translation>„{name}” kikapcsolva: új tag nem éri el, és nem kapható.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer lists it.</source>
            <translation>„{name}” kikapcsolva: a kassza már nem listázza.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer offers it.</source>
            <translation>„{name}” kikapcsolva: a kassza már nem kínálja fel.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Currency (ISO 4217)</source>
            <translation>Pénznem (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Five answers and the counter is ready. You can change them later.</source>
            <translation>Öt válasz, és kész a kassza. Később bármikor módosíthatod őket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Language</source>
            <translation>Nyelv</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>None now (F9 later)</source>
            <translation>Most nem (később: F9)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Owner's PIN (6–8 digits)</source>
            <translation>Tulajdonosi PIN-kód (6–8 számjegy)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>PIN once more</source>
            <translation>PIN-kód még egyszer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Quit (Esc)</source>
            <translation>Kilépés (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Set up your shop</source>
            <translation>Állítsd be az üzletedet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Shop name</source>
            <translation>Üzlet neve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Start (Enter)</source>
            <translation>Indítás (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>A két PIN-kód eltér. Írd be kétszer ugyanazt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Unexpected error: {error}</source>
            <translation>Váratlan hiba: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Welcome to Loyalty POS</source>
            <translation>Üdvözöl a Loyalty POS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Your first punch card</source>
            <translation>Az első pecsétkártyád</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>e.g. Kávé Sarok</source>
            <translation>pl. Kávé Sarok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>{title} ({stamps} stamps, reward: {reward})</source>
            <translation>{title} ({stamps} pecsét, jutalom: {reward})</translation>
        </message>
        <message>
            <source>Owner's PIN (4–8 digits)</source>
            <translation type="vanished">Tulajdonosi PIN-kód (4–8 számjegy)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation type="vanished">Kilépés</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="vanished">Indítás</translation>
        </message>
    </context>
    <context>
        <name>Slip</name>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n}</source>
            <translation>+{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} points</source>
            <translation>+{n} pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} stamps</source>
            <translation>+{n} pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} uses</source>
            <translation>+{n} alkalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Back on gift card</source>
            <translation>Vissza az ajándékkártyára</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Back to store credit</source>
            <translation>Vissza jóváírásként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Card</source>
            <translation>Kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Cash back</source>
            <translation>Visszaadott készpénz</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Loyalty</source>
            <translation>Hűségprogram</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Member</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Nothing earned this time.</source>
            <translation>Ezúttal nem gyűlt semmi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with credit</source>
            <translation>Fizetve jóváírásból</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with gift card</source>
            <translation>Fizetve ajándékkártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Partial refund</source>
            <translation>Részleges visszatérítés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Points</source>
            <translation>Pontok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Refund in full</source>
            <translation>Teljes visszatérítés</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Refunded</source>
            <translation>Visszatérítve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Reward given: {reward}</source>
            <translation>Kiadott jutalom: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Rewards ready</source>
            <translation>Beváltható jutalmak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Store credit</source>
            <translation>Jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Thank you!</source>
            <translation>Köszönjük!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>This visit</source>
            <translation>Ez a vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Tier</source>
            <translation>Szint</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>To pay</source>
            <translation>Fizetendő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Visit</source>
            <translation>Vásárlás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your cards</source>
            <translation>Kártyáid</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your coupon</source>
            <translation>Kuponod</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>pass uses</source>
            <translation>bérletalkalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>points</source>
            <translation>pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>rewards</source>
            <translation>jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>stamps</source>
            <translation>pecsét</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>store credit</source>
            <translation>jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} left</source>
            <translation>{n} maradt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} points</source>
            <translation>{n} pont</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program} (switched off)</source>
            <translation>{program} (kikapcsolva)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program}: card complete!</source>
            <translation>{program}: betelt a kártya!</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Cashier</source>
            <translation>Pénztáros</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Owner</source>
            <translation>Tulajdonos</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>A PIN is optional for cashiers.</source>
            <translation>Pénztárosnak nem kötelező a PIN-kód.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Cashier</source>
            <translation>Pénztáros</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Bezárás (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Has a PIN; leave empty to keep it. A new one has {min} to {max} digits.</source>
            <translation>Van PIN-kódja; hagyd üresen, ha marad. Az új {min}–{max} számjegyből áll.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Locked after too many wrong PINs until you unlock it.</source>
            <translation>Túl sok hibás PIN-kód után zárolva, amíg fel nem oldod.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Locked after wrong PINs until {time}.</source>
            <translation>Hibás PIN-kódok után zárolva eddig: {time}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Name</source>
            <translation>Név</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New PIN</source>
            <translation>Új PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person</source>
            <translation>Új munkatárs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person (Ctrl+N)</source>
            <translation>Új munkatárs (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>No PIN: switches at the till without one.</source>
            <translation>Nincs PIN-kód: kód nélkül vált a kasszánál.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Owner</source>
            <translation>Tulajdonos</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN</source>
            <translation>PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN locked</source>
            <translation>PIN-kód zárolva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Role</source>
            <translation>Szerepkör</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Mentés (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Staff</source>
            <translation>Munkatársak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Unlock PIN (Ctrl+U)</source>
            <translation>PIN-kód feloldása (Ctrl+U)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Works here</source>
            <translation>Itt dolgozik</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>cashier</source>
            <translation>pénztáros</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>left</source>
            <translation>kilépett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>no PIN</source>
            <translation>nincs PIN-kód</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>owner</source>
            <translation>tulajdonos</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="vanished">Bezárás</translation>
        </message>
        <message>
            <source>Has a PIN; leave empty to keep it.</source>
            <translation type="vanished">Van PIN-kódja; hagyd üresen, ha marad.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Mentés</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation type="vanished">Váratlan hiba: {error}</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation type="vanished">PIN-kód feloldása</translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>REWARD READY: {reward}</source>
            <translation>BEVÁLTHATÓ JUTALOM: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Reward: {reward}</source>
            <translation>Jutalom: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Switched off: no new stamps on this card.</source>
            <translation>Kikapcsolva: erre a kártyára nem jár új pecsét.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{n} REWARDS READY: {reward}</source>
            <translation>{n} BEVÁLTHATÓ JUTALOM: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{program} (switched off)</source>
            <translation>{program} (kikapcsolva)</translation>
        </message>
    </context>
    <context>
        <name>StampRows</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>Items</source>
            <translation>Darab</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>{program}: items</source>
            <translation>{program}: darab</translation>
        </message>
    </context>
    <context>
        <name>StartupJobs</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n birthday coupon(s) issued.</source>
            <translation>
                <numerusform>%n születésnapi kupon kiadva.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n old stamp(s) expired.</source>
            <translation>
                <numerusform>%n régi pecsét lejárt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>({n} more: run loyalty-pos admin check.)</source>
            <translation>(még {n} további: futtasd a loyalty-pos admin check parancsot.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Backup saved.</source>
            <translation>Biztonsági mentés elkészült.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>No checked backup for more than 24 hours. Open Backups (owner) and take one now.</source>
            <translation>Több mint 24 órája nincs ellenőrzött biztonsági mentés. Nyisd meg a Biztonsági mentéseket (tulajdonos), és készíts egyet most.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Start-up check failed: {error}</source>
            <translation>Az indítási ellenőrzés sikertelen: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>The database check found problems: {problems}</source>
            <translation>Az adatbázis-ellenőrzés hibákat talált: {problems}</translation>
        </message>
        <message>
            <source>{n} birthday coupons issued.</source>
            <translation type="vanished">{n} születésnapi kupon kiadva.</translation>
        </message>
        <message>
            <source>{n} old stamps expired.</source>
            <translation type="vanished">{n} régi pecsét lejárt.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>10th coffee free</source>
            <translation>Minden 10. kávé ingyen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>20 % off the next pair</source>
            <translation>20% kedvezmény a következő párra</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>5 pairs, 20 % off the next</source>
            <translation>5 pár után 20% kedvezmény</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>6 washes, the 7th free</source>
            <translation>6 mosás után a 7. ingyen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Car wash card</source>
            <translation>Autómosó-kártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Coffee card</source>
            <translation>Kávékártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Free coffee (the 10th)</source>
            <translation>Ingyen kávé (a 10.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Free wash (the 7th)</source>
            <translation>Ingyen mosás (a 7.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Shoe card</source>
            <translation>Cipőkártya</translation>
        </message>
    </context>
    <context>
        <name>TenderParts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Ctrl+H sets how much to use: highlight store credit or points under Apply, or scan a gift card, first.</source>
            <translation>Ctrl+H: mennyit használj fel. Előbb jelöld ki a jóváírást vagy a pontokat az Alkalmaz listában, vagy olvass be egy ajándékkártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card</source>
            <translation>Ajándékkártya</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card {code}: balance {balance} ({key}: use only part).</source>
            <translation>Ajándékkártya {code} – egyenleg: {balance} ({key}: csak egy részét).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Store credit</source>
            <translation>Jóváírás</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>That gift card can't be read: scan it again.</source>
            <translation>Az ajándékkártya nem olvasható: olvasd be újra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>This gift card has nothing left to pay with.</source>
            <translation>Ezen az ajándékkártyán nincs már felhasználható egyenleg.</translation>
        </message>
    </context>
    <context>
        <name>TillDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>&amp;Branch:</source>
            <translation>&amp;Üzlet:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>That was a card scan: nothing changed. Type this till's name; cards are scanned at the counter.</source>
            <translation>Ez egy kártyaolvasás volt: semmi sem változott. Írja be a kassza nevét; a kártyákat a pultnál kell beolvasni.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>The shop is on a server that several tills share. This till writes its name on every visit and refund; reports group the tills by branch.</source>
            <translation>A bolt adatai egy szerveren vannak, amelyen több kassza osztozik. Ez a kassza minden vásárlásra és visszatérítésre ráírja a nevét; a kimutatások üzletenként csoportosítják a kasszákat.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>This till's name</source>
            <translation>A kassza neve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>Till &amp;name:</source>
            <translation>Kassza &amp;neve:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>{title} — till {till}, branch {branch}</source>
            <translation>{title} — kassza: {till}, üzlet: {branch}</translation>
        </message>
    </context>
    <context>
        <name>ToneIcon</name>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Done</source>
            <translation>Kész</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Error</source>
            <translation>Hiba</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Information</source>
            <translation>Információ</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Reward</source>
            <translation>Jutalom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Warning</source>
            <translation>Figyelmeztetés</translation>
        </message>
    </context>
    <context>
        <name>Totals</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{amount} {name} ({percent}, rounded down)</source>
            <translation>+{amount} {name} ({percent}, lefelé kerekítve)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per item</source>
            <translation>+{n} termékenként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per visit</source>
            <translation>+{n} vásárlásonként</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} {name} ({rule}{capped})</source>
            <translation>+{n} {name} ({rule}{capped})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>, daily limit reached</source>
            <translation>, napi korlát elérve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Amount</source>
            <translation>Összeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>CASH
DUE</source>
            <translation>FIZETENDŐ
ÖSSZEG</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Cash due</source>
            <translation>Fizetendő</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Coupon: {name}</source>
            <translation>Kupon: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Earns: {what}</source>
            <translation>Jár érte: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>GIVE: {items}</source>
            <translation>ADD ÁT: {items}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Gift card ({left} left)</source>
            <translation>Ajándékkártya (maradék: {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>No member: nothing is earned. Scan a card to earn.</source>
            <translation>Nincs tag: nem jár érte semmi. Gyűjtéshez olvass be egy kártyát.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with gift card</source>
            <translation>Fizetve ajándékkártyával</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with store credit</source>
            <translation>Fizetve jóváírásból</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Store credit ({left} left)</source>
            <translation>Jóváírás (maradék: {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>To charge</source>
            <translation>Végösszeg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Uses {name}</source>
            <translation>Felhasználva: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Visit {id} confirmed. Collect the cash due; the next entry starts a new visit.</source>
            <translation>Vásárlás #{id} rögzítve. Szedd be a fizetendő összeget; a következő bevitel új vásárlást kezd.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>referral bonus +{n}</source>
            <translation>ajánlási bónusz +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{name} (pass)</source>
            <translation>{name} (bérlet)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} point per {step}, rounded down</source>
            <translation>{n} pont / {step}, lefelé kerekítve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} points per {step}, rounded down</source>
            <translation>{n} pont / {step}, lefelé kerekítve</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} {name} ({left} left)</source>
            <translation>{n} {name} (maradék: {left})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{program} +{n}</source>
            <translation>{program} +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{p} %</source>
            <translation>{p}%</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} discount ({percent})</source>
            <translation>Szintkedvezmény: {tier} ({percent})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} membership</source>
            <translation>Tagság: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>×{m}</source>
            <translation>×{m}</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Indok:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>A scan can't be used here: nothing was voided. Type the reason, or Esc.</source>
            <translation>Itt nem használható beolvasás: nem történt sztornó. Írd be az indokot, vagy Esc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Mégse (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason</source>
            <translation>Indok</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason (required), e.g. wrong customer</source>
            <translation>Indok (kötelező), pl. rossz vásárló</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void a visit</source>
            <translation>Vásárlás sztornózása</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void this visit?
{visit}</source>
            <translation>Sztornózod ezt a vásárlást?
{visit}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void visit (Enter)</source>
            <translation>Sztornó (Enter)</translation>
        </message>
    </context>
    <context>
        <name>Webcam</name>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>Camera: hold the code up to it</source>
            <translation>Kamera: tartsa elé a kódot</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>No camera found: connect one, or choose none in Settings.</source>
            <translation>Nem található kamera: csatlakoztasson egyet, vagy a Beállításokban válassza a „Nincs” lehetőséget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera can't be used (another program may have it): {error}</source>
            <translation>A kamera nem használható (talán egy másik program használja): {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera can't be used on this computer (camera support is missing): use a scanner.</source>
            <translation>A kamera ezen a számítógépen nem használható (hiányzik a kameratámogatás): használjon vonalkódolvasót.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera chosen in Settings is not connected.</source>
            <translation>A Beállításokban választott kamera nincs csatlakoztatva.</translation>
        </message>
    </context>
</TS>
