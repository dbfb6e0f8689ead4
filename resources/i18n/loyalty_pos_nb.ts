<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
    <context>
        <name>AdjustDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Balance:</source>
            <translation>&amp;Saldo:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Correction (+/−):</source>
            <translation>&amp;Korrigering (+/−):</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>&amp;Reason:</source>
            <translation>&amp;Grunn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correct a balance</source>
            <translation>Korriger en saldo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Correction</source>
            <translation>Korrigering</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Reason (required), e.g. lost receipt</source>
            <translation>Grunn (påkrevd), f.eks. mistet kvittering</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>Save (Enter)</source>
            <translation>Lagre (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>This shop has no balances to correct.</source>
            <translation>Denne butikken har ingen saldoer å korrigere.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>rewards ready</source>
            <translation>belønninger klare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>stamps</source>
            <translation>stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>store credit (minor units)</source>
            <translation>tilgode (minste myntenhet)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>uses left</source>
            <translation>klipp igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/adjust_dialog.py" />
            <source>{name}: {what} ({held} now)</source>
            <translation>{name}: {what} ({held} nå)</translation>
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
            <translation>euro</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>euros</source>
            <translation>euro</translation>
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
            <translation>krone</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>kroner</source>
            <translation>kroner</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/amount_words.py" />
            <source>{major} and {minor}</source>
            <translation>{major} og {minor}</translation>
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
            <translation>Sikkerhetskopi gjenopprettet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Balance corrected</source>
            <translation>Saldo korrigert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Card prefix</source>
            <translation>Prefiks for kortnummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Colours</source>
            <translation>Farger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Currency</source>
            <translation>Valuta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Feedback question</source>
            <translation>Spørsmål om tilbakemelding</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card sold</source>
            <translation>Gavekort solgt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card voided</source>
            <translation>Gavekort annullert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card {code}</source>
            <translation>Gavekort {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift card {code} sold</source>
            <translation>Gavekort {code} solgt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Gift cards above this need the owner</source>
            <translation>Gavekort over dette beløpet krever eieren</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member #{id}</source>
            <translation>Medlem #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member #{id} into #{keep}</source>
            <translation>Medlem #{id} inn i #{keep}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Member erased</source>
            <translation>Medlem slettet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Members merged</source>
            <translation>Medlemmer slått sammen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Owner approval</source>
            <translation>Godkjent av eier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Owner screens lock after (min)</source>
            <translation>Eierfunksjonene låses etter (min)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN changed</source>
            <translation>PIN-kode endret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN removed</source>
            <translation>PIN-kode fjernet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>PIN unlocked</source>
            <translation>PIN-kode låst opp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Refund</source>
            <translation>Refusjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Setting changed</source>
            <translation>Innstilling endret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Shop name</source>
            <translation>Butikknavn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Staff added</source>
            <translation>Ansatt lagt til</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Staff changed</source>
            <translation>Ansatt endret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Text size</source>
            <translation>Tekststørrelse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Tier changed</source>
            <translation>Nivå endret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Till name</source>
            <translation>Kassenavn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit voided</source>
            <translation>Besøk annullert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Visit {id}</source>
            <translation>Besøk {id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Void of visit {id}</source>
            <translation>Annullering av besøk {id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Voids above this need the owner</source>
            <translation>Annulleringer over dette beløpet krever eieren</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Wrong PIN</source>
            <translation>Feil PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>above {limit}</source>
            <translation>over {limit}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>asked by {name}</source>
            <translation>forespurt av {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>cashier</source>
            <translation>kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>from an earlier day</source>
            <translation>fra en tidligere dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>in full</source>
            <translation>i sin helhet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>in part</source>
            <translation>delvis</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>left</source>
            <translation>sluttet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>locked until the owner unlocks it</source>
            <translation>låst til eieren låser den opp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>locked until {time}</source>
            <translation>låst til {time}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>new PIN</source>
            <translation>ny PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>no tier</source>
            <translation>uten nivå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner</source>
            <translation>eier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner screens open</source>
            <translation>eierfunksjonene var åpne</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>owner's PIN typed</source>
            <translation>eierens PIN-kode tastet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>refunded</source>
            <translation>refundert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>the owner at the till</source>
            <translation>eieren i kassen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>voided</source>
            <translation>annullert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>works here</source>
            <translation>jobber her</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>{count} in a row</source>
            <translation>{count} på rad</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Audit trail</source>
            <translation>Revisjonslogg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Audit trail: who did what, when</source>
            <translation>Revisjonslogg: hvem gjorde hva, og når</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Da&amp;y</source>
            <translation>&amp;Dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Nothing recorded for this choice.</source>
            <translation>Ingenting registrert for dette utvalget.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>One day only (Ctrl+D)</source>
            <translation>Bare én dag (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Show more (Ctrl+M)</source>
            <translation>Vis flere (Ctrl+M)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Subject</source>
            <translation>Gjelder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Today (Ctrl+T)</source>
            <translation>I dag (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/audit_dialog.py" />
            <source>{n} entries shown, newest first.</source>
            <translation>Oppføringer vist: {n}, nyeste først.</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>1. The data the counter holds now ({members} members, {visits} visits) is saved first, as a backup named “Before a restore”. Restoring that one undoes this.

2. Then the counter shows the data of {when}: {old_members} members, {old_visits} visits. Visits and members recorded after that are then only in the saved backup.</source>
            <translation>1. Dataene kassen har nå ({members} medlemmer, {visits} besøk), lagres først som en sikkerhetskopi med navnet «Før gjenoppretting». Gjenoppretter du den, angrer du dette.

2. Deretter viser kassen dataene fra {when}: {old_members} medlemmer, {old_visits} besøk. Besøk og medlemmer som er registrert etter det, finnes da bare i den lagrede sikkerhetskopien.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>A backup is taken every day when the app starts, checked and compressed (one a day for a week, one a week for a month and one a month for three months are kept) and before every update. Folder: {folder}</source>
            <translation>Det tas en sikkerhetskopi hver dag når appen starter, kontrollert og komprimert (én per dag i en uke, én per uke i en måned og én per måned i tre måneder beholdes) og før hver oppdatering. Mappe: {folder}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Back up now (Ctrl+B)</source>
            <translation>Ta kopi nå (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backup taken: {name}</source>
            <translation>Sikkerhetskopi tatt: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Backups</source>
            <translation>Sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before a restore</source>
            <translation>Før gjenoppretting</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Before an update</source>
            <translation>Før oppdatering</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Choose a backup with ↑ ↓, then press Enter to restore it.</source>
            <translation>Velg en sikkerhetskopi med ↑ ↓, og trykk Enter for å gjenopprette den.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Copy saved: {path}</source>
            <translation>Kopi lagret: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Daily</source>
            <translation>Daglig</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>It was made by an earlier version and is updated first.</source>
            <translation>Den ble laget av en eldre versjon og oppdateres først.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Last good backup: {date} {time} ({ago})</source>
            <translation>Siste gode sikkerhetskopi: {date} {time} ({ago})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Loyalty POS data (*.sqlite3 *.db);;All files (*)</source>
            <translation>Loyalty POS-data (*.sqlite3 *.db);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Made by hand</source>
            <translation>Manuell</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No backups yet. Ctrl+B takes one now.</source>
            <translation>Ingen sikkerhetskopier ennå. Ctrl+B tar en nå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>No checked backup yet. Ctrl+B takes one now.</source>
            <translation>Ingen kontrollert sikkerhetskopi ennå. Ctrl+B tar en nå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Other file</source>
            <translation>Annen fil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup from a file</source>
            <translation>Gjenopprett en sikkerhetskopi fra fil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore from a file… (Ctrl+O)</source>
            <translation>Gjenopprett fra fil… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore the backup of {when}?</source>
            <translation>Gjenopprette sikkerhetskopien fra {when}?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restored the backup of {when}: {members} members, {visits} visits. The data it replaced is saved as the newest backup (“Before a restore”).</source>
            <translation>Sikkerhetskopien fra {when} er gjenopprettet: {members} medlemmer, {visits} besøk. Dataene den erstattet, er lagret som nyeste sikkerhetskopi («Før gjenoppretting»).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore… (Enter)</source>
            <translation>Gjenopprett… (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy of the shop's data to (e.g. a USB stick)</source>
            <translation>Lagre en kopi av butikkens data i (f.eks. en minnepinne)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Save a copy to… (Ctrl+S)</source>
            <translation>Lagre kopi i… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Taken</source>
            <translation>Tatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>The counter holds {members} members and {visits} visits now.</source>
            <translation>Kassen har nå {members} medlemmer og {visits} besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Visits</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>cannot be read</source>
            <translation>kan ikke leses</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{date} {time} ({ago})</source>
            <translation>{date} kl. {time} ({ago})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{kind}, older version</source>
            <translation>{kind}, eldre versjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>{name} is not a backup of Loyalty POS. Nothing was changed.</source>
            <translation>{name} er ikke en sikkerhetskopi fra Loyalty POS. Ingenting ble endret.</translation>
        </message>
        <message>
            <source>A backup is taken every day when the app starts (the last 7 are kept) and before every update. Folder: {folder}</source>
            <translation type="vanished">Det tas en sikkerhetskopi hver dag når appen starter (de 7 siste beholdes) og før hver oppdatering. Mappe: {folder}</translation>
        </message>
    </context>
    <context>
        <name>BalancesRow</name>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>Store credit</source>
            <translation>Tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} expire by {date}</source>
            <translation>{n} utløper innen {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/balances.py" />
            <source>{n} left</source>
            <translation>{n} igjen</translation>
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
            <translation>Sikkerhetskopier…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/banner.py" />
            <source>The shop's file is damaged and read-only: {reason} Lookups work; nothing can be saved. Restore the newest good backup.</source>
            <translation>Butikkens datafil er skadet og skrivebeskyttet: {reason} Oppslag virker, men ingenting kan lagres. Gjenopprett den nyeste gode sikkerhetskopien.</translation>
        </message>
    </context>
    <context>
        <name>CardDesignDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Line of text</source>
            <translation>&amp;Tekstlinje</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;No logo</source>
            <translation>&amp;Ingen logo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>&amp;Shop name on the card</source>
            <translation>&amp;Butikknavn på kortet</translation>
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
            <translation>Logo er valgt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Accent colour</source>
            <translation>Aksentfarge</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Background</source>
            <translation>Bakgrunn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Bar&amp;code</source>
            <translation>Strek&amp;kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Card design</source>
            <translation>Kortdesign</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose a logo</source>
            <translation>Velg en logo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Choose logo… (Ctrl+O)</source>
            <translation>Velg logo… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Code 128</source>
            <translation>Code 128</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>EAN-13 (scans everywhere)</source>
            <translation>EAN-13 (skannes overalt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>F4 in the colour field opens the colour chooser</source>
            <translation>F4 i fargefeltet åpner fargevelgeren</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pick… (F4)</source>
            <translation>Velg… (F4)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Preview</source>
            <translation>Forhåndsvisning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Save (Enter)</source>
            <translation>Lagre (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Slip &amp;paper</source>
            <translation>K&amp;vitteringspapir</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Text colour</source>
            <translation>Tekstfarge</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>e.g. Every 10th coffee free</source>
            <translation>f.eks. Hver 10. kaffe gratis</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Avbryt</translation>
        </message>
        <message>
            <source>Choose logo…</source>
            <translation type="vanished">Velg logo…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation type="vanished">Ingen logo</translation>
        </message>
        <message>
            <source>Pick…</source>
            <translation type="vanished">Velg…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Lagre</translation>
        </message>
    </context>
    <context>
        <name>CashierSwitch</name>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source> (now)</source>
            <translation> (nå)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>A scan can't choose a cashier: nobody was switched. Press their number.</source>
            <translation>En skanning kan ikke velge kasserer: ingen ble byttet. Trykk tallet ved navnet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Esc: cancel</source>
            <translation>Esc: avbryt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Switch cashier</source>
            <translation>Bytt kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>Who is at the till? Press their number.</source>
            <translation>Hvem står i kassen? Trykk tallet ved navnet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>cashier</source>
            <translation>kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>owner</source>
            <translation>eier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/cashier_switch.py" />
            <source>{name}, your PIN (then Enter):</source>
            <translation>{name}, PIN-koden din (så Enter):</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>M{n}</source>
            <translation>M{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>NPS over time</source>
            <translation>NPS over tid</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New</source>
            <translation>Nye</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>New and returning members</source>
            <translation>Nye og tilbakevendende medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Returning</source>
            <translation>Tilbakevendende</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Sales ({currency})</source>
            <translation>Salg ({currency})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>This month is not over yet: the share can still grow.</source>
            <translation>Denne måneden er ikke over ennå: andelen kan fortsatt øke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/charts.py" />
            <source>Visits and sales</source>
            <translation>Besøk og salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>so far</source>
            <comment>under a month, week or day on a chart: not over yet</comment>
            <translation>hittil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>{number} M</source>
            <comment>millions on a chart axis: 1,5 M Ft</comment>
            <translation>{number} mill.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/axes.py" />
            <source>{number} bn</source>
            <comment>billions on a chart axis: 1,5 bn ₫</comment>
            <translation>{number} mrd.</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Backup {file} recorded link {seq} of till {till} as {recorded}; it is {now} now: the history was rewritten after that backup.</source>
            <translation>Sikkerhetskopien {file} registrerte ledd {seq} i kjeden til kasse {till} som {recorded}; nå er det {now}: historikken er skrevet om etter den sikkerhetskopien.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Backup {file} recorded link {seq} of till {till}; the chain no longer has it: the history was cut after that backup.</source>
            <translation>Sikkerhetskopien {file} registrerte ledd {seq} i kjeden til kasse {till}; kjeden har det ikke lenger: historikken er kuttet etter den sikkerhetskopien.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Guard trigger {name} is missing: it was dropped outside the app.</source>
            <translation>Beskyttelsestriggeren {name} mangler: den er fjernet utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Guard trigger {name} was changed outside the app.</source>
            <translation>Beskyttelsestriggeren {name} er endret utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Link {seq} of till {till} is not what an earlier check verified: the history before it was rewritten.</source>
            <translation>Ledd {seq} i kjeden til kasse {till} er ikke det en tidligere kontroll bekreftet: historikken før det er skrevet om.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Setting {key} is not as the audit trail recorded: changed outside the app.</source>
            <translation>Innstillingen {key} er ikke slik revisjonsloggen registrerte den: endret utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Staff member {id} ({name}) is not as the audit trail recorded: changed outside the app.</source>
            <translation>Ansatt {id} ({name}) er ikke slik revisjonsloggen registrerte: endret utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The chain of till {till} does not end where its head says (link {seq}): links were removed or rewritten.</source>
            <translation>Kjeden til kasse {till} slutter ikke der kjedehodet angir (ledd {seq}): ledd er fjernet eller skrevet om.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The dashboard's totals for {day} (UTC) differ from the visits and ledger rows: changed outside the app.</source>
            <translation>Oversiktens summer for {day} (UTC) stemmer ikke med besøkene og hovedbokradene: endret utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>The dashboard's totals of member {id} for {month} (UTC) differ from the visits and ledger rows: changed outside the app.</source>
            <translation>Oversiktens summer for medlem {id} i {month} (UTC) stemmer ikke med besøkene og hovedbokradene: endret utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id} is marked voided, but no void was recorded.</source>
            <translation>Besøk {id} er merket som annullert, men ingen annullering er registrert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id} was voided (audit trail) but is no longer marked voided.</source>
            <translation>Besøk {id} ble annullert (ifølge revisjonsloggen), men er ikke lenger merket som annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id}: its refunded amount or status does not match its refunds (changed outside the app).</source>
            <translation>Besøk {id}: det refunderte beløpet eller statusen stemmer ikke med refusjonene (endret utenfor appen).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>Visit {id}: the void's reason or person differs from the audit trail.</source>
            <translation>Besøk {id}: grunnen til eller personen bak annulleringen avviker fra revisjonsloggen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} is in the chain (link {seq}) but no longer in the file.</source>
            <translation>Rad {id} i tabellen {table} står i kjeden (ledd {seq}), men finnes ikke lenger i filen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} is not in the chain: it was written outside the app.</source>
            <translation>Rad {id} i tabellen {table} står ikke i kjeden: den er skrevet utenfor appen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/integrity.py" />
            <source>{table} row {id} was changed after it was written: it does not match its hash (link {seq} of till {till}).</source>
            <translation>Rad {id} i tabellen {table} er endret etter at den ble skrevet: den stemmer ikke med hashverdien sin (ledd {seq} i kjeden til kasse {till}).</translation>
        </message>
    </context>
    <context>
        <name>CheckoutFocus</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/focus.py" />
            <source>Nothing to apply for {name}.</source>
            <translation>Ingenting å bruke for {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/focus.py" />
            <source>Nothing to apply: rewards and payments show under Apply for a member.</source>
            <translation>Ingenting å bruke: belønninger og betalinger vises under Bruk når et medlem er åpnet.</translation>
        </message>
    </context>
    <context>
        <name>CheckoutForm</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>&amp;Amount</source>
            <translation>&amp;Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Apply ({apply}; {key}: how much)</source>
            <translation>Bruk ({apply}; {key}: hvor mye)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Confirm (Enter)</source>
            <translation>Bekreft (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon ({key})</source>
            <translation>Kupong ({key})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Coupon code</source>
            <translation>Kupongkode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Coupon {code} added.</source>
            <translation>Kupong {code} er lagt til.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Enter the amount, the items or a reward.</source>
            <translation>Tast inn beløp, varer eller en belønning.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Gift card code</source>
            <translation>Gavekortkode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Items (digit = how many, + −)</source>
            <translation>Varer (siffer = antall, + −)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>No member: enter an amount for a coupon or gift card, or scan a card.</source>
            <translation>Uten medlem: tast inn et beløp for kupong eller gavekort, eller skann et kort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>This visit</source>
            <translation>Dette besøket</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/form.py" />
            <source>{key}: take only part of the card's balance</source>
            <translation>{key}: bruk bare en del av kortets saldo</translation>
        </message>
        <message>
            <source>Apply (Space ticks · {key} how much)</source>
            <translation type="vanished">Bruk (Mellomrom velger · {key} hvor mye)</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source> (VOID)</source>
            <translation> (ANNULLERT)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source> (at most {amount})</source>
            <translation> (maks {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source> (program switched off)</source>
            <translation> (programmet er slått av)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>(PIN locked)</source>
            <translation>(PIN-kode låst)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>(older version)</source>
            <translation>(eldre versjon)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>(refunded)</source>
            <translation>(refundert)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>(voided)</source>
            <translation>(annullert)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>+{n} stamps</source>
            <translation>+{n} stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, expires {date}</source>
            <translation>, utløper {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, for {name}</source>
            <translation>, til {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>, rewards ready: {n} ({reward})</source>
            <translation>, belønninger klare: {n} ({reward})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>, valid until {date}</source>
            <translation>, gyldig t.o.m. {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>--clear needs --member: the shop's default is set with an amount.</source>
            <translation>--clear krever --member: butikkens standard settes med et beløp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--items needs --program NAME.</source>
            <translation>--items krever --program NAME.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>--list takes no amount, --member or --clear.</source>
            <translation>--list tar ikke beløp, --member eller --clear.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--program needs --items N.</source>
            <translation>--program krever --items N.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>--request-id must be 1 to {max} characters.</source>
            <translation>--request-id må ha 1 til {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>--to is before --from.</source>
            <translation>--to er før --from.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>A past visit (--at) needs the shop's server; it cannot be queued.</source>
            <translation>Et tidligere besøk (--at) trenger butikkens server; det kan ikke settes i kø.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>Added {kind} “{name}” (id {id}).</source>
            <translation>Lagt til ({kind}): «{name}» (id {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>Added {name} ({role}), number {id}.</source>
            <translation>La til {name} ({role}), nummer {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Admin commands over the shop's database. Acts as the Owner; asks no PIN.</source>
            <translation>Administrasjonskommandoer for butikkens database. Opptrer som eieren og ber ikke om PIN-kode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Amount {amount}, discount {discount}, charged {charged}.</source>
            <translation>Beløp {amount}, rabatt {discount}, totalt {charged}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Another program is reading the shop: its WAL is emptied when it stops.</source>
            <translation>Et annet program leser butikken: WAL-filen tømmes når det stopper.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>BLOCKED</source>
            <translation>SPERRET</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Back on gift card {code}: {amount}</source>
            <translation>Tilbake på gavekort {code}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Back to store credit: {amount}</source>
            <translation>Tilbake som tilgode: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Backup taken: {path}</source>
            <translation>Sikkerhetskopi tatt: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Branch {branch}</source>
            <translation>Avdeling {branch}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Broken rows:</source>
            <translation>Rader med feil:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>By till</source>
            <translation>Per kasse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Cannot use the database file: {error}</source>
            <translation>Kan ikke bruke databasefilen: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>Cannot write {path}: no such folder, or it is a folder.</source>
            <translation>Kan ikke skrive {path}: mappen finnes ikke, eller det er en mappe.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Cannot write {path}: {error}</source>
            <translation>Kan ikke skrive {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/lookup.py" />
            <source>Card {code} does not belong to a member yet (enroll with: members add --card {code}).</source>
            <translation>Kort {code} tilhører ikke noe medlem ennå (registrer med: members add --card {code}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>Card {code} is blocked.</source>
            <translation>Kort {code} er sperret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>Card {code} works again.</source>
            <translation>Kort {code} virker igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Card {old} is replaced by card {new} ({name}).</source>
            <translation>Kort {old} er erstattet med kort {new} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Change a scheme. Options not given stay as they are; “none” empties one.</source>
            <translation>Endre en ordning. Valg som ikke oppgis, forblir som de er; «none» tømmer et valg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Changed {kind} “{name}” (id {id}): from the next checkout.</source>
            <translation>Endret ({kind}): «{name}» (id {id}), gjelder fra neste kjøp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Checked</source>
            <translation>Kontrollert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Columns: {list}</source>
            <translation>Kolonner: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Copied {file} to {url} in {copy} s and checked it in {check} s (till {till}, branch {branch}).</source>
            <translation>Kopierte {file} til {url} på {copy} s og kontrollerte den på {check} s (kasse {till}, avdeling {branch}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Copy saved: {path}</source>
            <translation>Kopi lagret: {path}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Coupon for next visit: {code}</source>
            <translation>Kupong til neste besøk: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Coupon offer added:</source>
            <translation>Kupongtilbud lagt til:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Coupon {code} issued: {offer}</source>
            <translation>Kupong {code} utstedt: {offer}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>Created {path}.</source>
            <translation>Opprettet {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Credit earned: {n}</source>
            <translation>Bonus opptjent: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>DIFFERENT</source>
            <translation>ULIK</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Database error: {error}</source>
            <translation>Databasefeil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>Demo shop written to {path}: {members} members, {programs} programs.</source>
            <translation>Demobutikk skrevet til {path}: {members} medlemmer, {programs} programmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Dry run: nothing written.</source>
            <translation>Prøvekjøring: ingenting skrevet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>End of day {day}</source>
            <translation>Dagsoppgjør {day}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>Enrolled:</source>
            <translation>Registrert:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Erased member #{id}: their personal data is gone from the file.</source>
            <translation>Medlem #{id} er slettet: personopplysningene er borte fra filen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Exit status: 0 done; 1 check found a problem; 2 refused, nothing changed; 3 unexpected error, details in loyalty-pos.log beside the database.</source>
            <translation>Avslutningskode: 0 ferdig; 1 check fant et problem; 2 avvist, ingenting ble endret; 3 uventet feil, detaljer i loyalty-pos.log ved siden av databasen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>Feedback {score} stored for visit {visit}.</source>
            <translation>Tilbakemelding {score} lagret for besøk {visit}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Gift card {code} is void: it is not printed again.</source>
            <translation>Gavekort {code} er annullert: det skrives ikke ut på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Gift card {code}: {balance} of {initial} left</source>
            <translation>Gavekort {code}: {balance} av {initial} igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Gift cards</source>
            <translation>Gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Give --db the shop's file to move it to a server.</source>
            <translation>Gi --db butikkens fil for å flytte den til en server.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>Give an amount or --clear, not both.</source>
            <translation>Oppgi et beløp eller --clear, ikke begge.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Give the member's CODE, or --no-member.</source>
            <translation>Oppgi medlemmets CODE, eller --no-member.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Hand back in cash: {amount}</source>
            <translation>Betal tilbake kontant: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Liability statement {start} – {end}</source>
            <translation>Forpliktelsesoversikt {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Member #{id}, {channel}: {answer} (recorded).</source>
            <translation>Medlem #{id}, {channel}: {answer} (registrert).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Members copied for offline lookups: {n}.</source>
            <translation>Medlemmer kopiert for oppslag uten nett: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Members imported: {n}; opening balances: {rows}.</source>
            <translation>Medlemmer importert: {n}; startsaldoer: {rows}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation>Medlemmene på nivået beholder det til neste nivåvurdering (nå {n}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) to spend.</source>
            <translation>Medlemmene beholder poengene sine ({held} i alt, fordelt på {n}) og kan bruke dem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) to use.</source>
            <translation>Medlemmene beholder klippene de har kjøpt ({held} i alt, fordelt på {n}) og kan bruke dem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) to redeem.</source>
            <translation>Medlemmene beholder belønningene sine ({held} i alt, fordelt på {n}) og kan løse dem inn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) to pay with.</source>
            <translation>Medlemmene beholder tilgodebeløpet sitt ({held} i alt, fordelt på {n}) og kan betale med det.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Merged member #{other} into member #{keep}: {n} balance(s) moved.</source>
            <translation>Medlem #{other} er slått sammen med medlem #{keep}: {n} saldo(er) flyttet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>New PIN set for {name}.</source>
            <translation>Ny PIN-kode satt for {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>No backups yet.</source>
            <translation>Ingen sikkerhetskopier ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>No coupon offers.</source>
            <translation>Ingen kupongtilbud.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>No member has a card to print.</source>
            <translation>Ingen medlemmer har et kort å skrive ut.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>No members found.</source>
            <translation>Fant ingen medlemmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>No points program takes points as payment.</source>
            <translation>Ingen poengprogrammer tar imot poeng som betaling.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>No programs yet.</source>
            <translation>Ingen programmer ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>No shortfall on this till.</source>
            <translation>Ingen manko på denne kassen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Not imported: {list}</source>
            <translation>Ikke importert: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>Nothing recorded.</source>
            <translation>Ingenting registrert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Nothing unusual today.</source>
            <translation>Ingenting uvanlig i dag.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Nothing was rung up, sold or refunded that day.</source>
            <translation>Ingenting ble slått inn, solgt eller refundert den dagen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>OK: the database and the ledger are consistent.</source>
            <translation>OK: databasen og transaksjonsloggen stemmer overens.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Points earned: {n}</source>
            <translation>Poeng opptjent: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Printed to {path}.</source>
            <translation>Skrevet ut til {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Problems found: {n}</source>
            <translation>Problemer funnet: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>Program added:</source>
            <translation>Program lagt til:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Program changed:</source>
            <translation>Program endret:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Queued: the shop's server cannot be reached. The visit (request id {request}) will be sent when it is back; its stamps and points are added then.</source>
            <translation>Satt i kø: butikkens server kan ikke nås. Besøket (forespørsels-ID {request}) sendes når den er tilbake; stemplene og poengene legges til da.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>Refunded {amount} of visit {id} ({state}).</source>
            <translation>Refunderte {amount} av besøk {id} ({state}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>Reserved blank cards:</source>
            <translation>Reserverte blanke kort:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Restored {file}: {members} members, {visits} visits.</source>
            <translation>Gjenopprettet {file}: {members} medlemmer, {visits} besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>SQLite cannot read the file: {error}</source>
            <translation>SQLite kan ikke lese filen: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Say what the visit does: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</source>
            <translation>Oppgi hva besøket gjør: --amount N, --item NAME=N, --program NAME --items N, --redeem NAME.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Say what to change: one or more options (programs update {kind} --help).</source>
            <translation>Oppgi hva som skal endres: ett eller flere valg (programs update {kind} --help).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Sent: {sent}; already there: {already}; refused: {refused}.</source>
            <translation>Sendt: {sent}; fantes allerede: {already}; avvist: {refused}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Several of them are called “{name}” (ids {ids}): give the id instead.</source>
            <translation>Flere av dem heter «{name}» (id {ids}): oppgi id i stedet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Shortfall on this till (spent offline, refused by the server): {n}</source>
            <translation>Manko på denne kassen (brukt uten nett, avvist av serveren): {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Shortfall: spent offline, but the member no longer had it: {n}</source>
            <translation>Manko: brukt uten nett, men medlemmet hadde det ikke lenger: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation>Hoppet over linjer med feil: {lines}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Sold:</source>
            <translation>Solgt:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Switched off {kind} “{name}” (id {id}).</source>
            <translation>Slått av ({kind}): «{name}» (id {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Switched on {kind} “{name}” (id {id}).</source>
            <translation>Slått på ({kind}): «{name}» (id {id}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The copy differs from the file. Keep using the file, and send this output when you ask for help.</source>
            <translation>Kopien er ulik filen. Fortsett å bruke filen, og send denne utskriften når du ber om hjelp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>The data it replaced was saved as {saved} (restore it to undo).</source>
            <translation>Dataene den erstattet, ble lagret som {saved} (gjenopprett den for å angre).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>The demo shop is not part of this build.</source>
            <translation>Demobutikken er ikke med i denne versjonen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>The file is damaged: {reason}</source>
            <translation>Filen er skadet: {reason}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The full check on the server found {count} problems:</source>
            <translation>Full kontroll på serveren fant {count} problemer:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The full check on the server passed: every balance equals its ledger, every chain link verifies.</source>
            <translation>Full kontroll på serveren bestått: hver saldo stemmer med hovedboken, hvert ledd i kjedene stemmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>The gift card {code} is void or expired: its {amount} is paid in cash.</source>
            <translation>Gavekort {code} er annullert eller utløpt: beløpet på {amount} betales ut kontant.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>The membership of {name} is active again.</source>
            <translation>Medlemskapet til {name} er aktivt igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>The membership of {name} is blocked.</source>
            <translation>Medlemskapet til {name} er sperret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>The server holds the same shop. Point the tills at it with --db.</source>
            <translation>Serveren har den samme butikken. Pek kassene mot den med --db.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>The shop's default: {value}. Members with an amount of their own: {n}.</source>
            <translation>Butikkens standard: {value}. Medlemmer med eget beløp: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>The shop's server cannot be reached, and this till has no copy of the members yet (it is made at the first sync with the server).</source>
            <translation>Butikkens server kan ikke nås, og denne kassen har ingen kopi av medlemmene ennå (den lages ved første synkronisering med serveren).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>The whole shop</source>
            <translation>Hele butikken</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>There is no database at {path}. Create it with: loyalty-pos admin init</source>
            <translation>Det finnes ingen database i {path}. Opprett den med: loyalty-pos admin init</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/lookup.py" />
            <source>There is no program “{name}”.</source>
            <translation>Programmet «{name}» finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>There is no {what} “{name}”.</source>
            <translation>Finner ikke {what} «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>This shop is a file on this computer: there is nothing to send.</source>
            <translation>Denne butikken er en fil på denne datamaskinen: det er ingenting å sende.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>Till {till}</source>
            <translation>Kasse {till}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Total in money</source>
            <translation>Totalt i penger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/runner.py" />
            <source>Unexpected error: {error}. Details in {log}</source>
            <translation>Uventet feil: {error}. Detaljer i {log}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) get no new stamps.</source>
            <translation>Uferdige kort ({stamps} stempler i alt, fordelt på {n}) får ingen nye stempler.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>Updated to this version: {names}.</source>
            <translation>Oppdatert til denne versjonen: {names}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Visit {id} recorded.</source>
            <translation>Besøk {id} registrert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>Visit {id} voided.</source>
            <translation>Besøk {id} annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>Visit {id} was already recorded; nothing new was written.</source>
            <translation>Besøk {id} var allerede registrert; ingenting nytt ble skrevet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>Visits the server refused (not sent again):</source>
            <translation>Besøk serveren avviste (sendes ikke på nytt):</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>Voided:</source>
            <translation>Annullert:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>While the server is away a member may spend up to {value} in credit and points per till (0: nothing). Tills learn it at their next sync.</source>
            <translation>Mens serveren er borte kan et medlem bruke opptil {value} i kreditt og poeng per kasse (0: ingenting). Kassene får vite det ved neste synkronisering.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>Without a money value (not in the total): {lines}</source>
            <translation>Uten pengeverdi (ikke med i totalen): {lines}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Written: {path} ({what}, rows: {rows}).</source>
            <translation>Skrevet: {path} ({what}, rader: {rows}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>Written: {path} and {summary}.</source>
            <translation>Skrevet: {path} og {summary}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>a blank card to give</source>
            <translation>et blankt kort som medlemmet får</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>a branch needs a name</source>
            <translation>en avdeling må ha et navn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>a day's takings per cashier, to count the drawer</source>
            <translation>en dags inntekter per kasserer, for å telle opp kassen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>a file name from 'backup list', or the path of a backup</source>
            <translation>et filnavn fra 'backup list', eller stien til en sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>a member's card</source>
            <translation>kortet til et medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>a multi-use code</source>
            <translation>en kode som kan brukes flere ganger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a catalogue reward</source>
            <translation>legg til en katalogbelønning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>add a coupon offer</source>
            <translation>legg til et kupongtilbud</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a prepaid pass</source>
            <translation>legg til et forhåndsbetalt klippekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a punch card</source>
            <translation>legg til et stempelkort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>add a staff member</source>
            <translation>legg til en ansatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add a tier</source>
            <translation>legg til et nivå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add an item</source>
            <translation>legg til en vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add cashback credit</source>
            <translation>legg til et bonusprogram</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>add points</source>
            <translation>legg til et poengprogram</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>add, find and show members</source>
            <translation>legg til, finn og vis medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>adjusted</source>
            <translation>korrigert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>also write the new card (CR80) to a PDF</source>
            <translation>skriv også det nye kortet (CR80) til en PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>an amount cannot be negative</source>
            <translation>et beløp kan ikke være negativt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>an item count is 1 or more</source>
            <translation>et vareantall er 1 eller mer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>at most {n} a day</source>
            <translation>høyst {n} per dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>balance and history</source>
            <translation>saldo og historikk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block a lost or misused card</source>
            <translation>sperr et mistet eller misbrukt kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block a membership (all its cards)</source>
            <translation>sperr et medlemskap (alle kortene)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>block or unblock one card</source>
            <translation>sperr eller opphev sperring av ett kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>cached balances</source>
            <translation>lagrede saldoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>cannot be read</source>
            <translation>kan ikke leses</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>cards completed: {n}</source>
            <translation>kort fullført: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>cash or bank card for sales</source>
            <translation>kontant eller bankkort for salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>catalogue reward</source>
            <translation>katalogbelønning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a catalogue reward (options of add-reward)</source>
            <translation>endre en katalogbelønning (valgene fra add-reward)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a credit program (options of add-credit)</source>
            <translation>endre et bonusprogram (valgene fra add-credit)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a pass (options of add-pass)</source>
            <translation>endre et klippekort (valgene fra add-pass)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a points program (options of add-points)</source>
            <translation>endre et poengprogram (valgene fra add-points)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a promotion (options of add-promotion)</source>
            <translation>endre en kampanje (valgene fra add-promotion)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a punch card (options of add-stamp-card)</source>
            <translation>endre et stempelkort (valgene fra add-stamp-card)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a scheme: points|credit|pass|reward|promotion|tier|item|card</source>
            <translation>endre en ordning: points|credit|pass|reward|promotion|tier|item|card</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change a tier (options of add-tier)</source>
            <translation>endre et nivå (valgene fra add-tier)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>change an item (options of add-item)</source>
            <translation>endre en vare (valgene fra add-item)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>change one setting: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150), colours (standard, high_contrast), gift_card_owner_limit or void_owner_limit (minor units)</source>
            <translation>endre én innstilling: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150), colours (standard, high_contrast), gift_card_owner_limit eller void_owner_limit (minste myntenhet)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>check out: earn and redeem</source>
            <translation>registrer et kjøp: opptjen og løs inn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>closing</source>
            <translation>utgående</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>code {code}</source>
            <translation>kode {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>codes valid {n} days</source>
            <translation>kodene gjelder i {n} dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>copy this shop to an empty PostgreSQL database and verify the copy</source>
            <translation>kopier butikken til en tom PostgreSQL-database og kontroller kopien</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>correct a balance</source>
            <translation>korriger en saldo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>count only the tills of this branch</source>
            <translation>tell bare kassene i denne avdelingen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>count only this till</source>
            <translation>tell bare denne kassen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>coupon offers and codes</source>
            <translation>kupongtilbud og koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>coupon {code}: {offer} (valid to {date})</source>
            <translation>kupong {code}: {offer} (gyldig til: {date})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>create or migrate the database</source>
            <translation>opprett eller migrer databasen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>credit program</source>
            <translation>bonusprogram</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>daily limit reached ({n} not given)</source>
            <translation>dagsgrensen er nådd ({n} ikke gitt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>dashboard, whole history</source>
            <translation>oversikt, hele historikken</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>database file (default: $LOYALTY_POS_DB, else the data dir)</source>
            <translation>databasefil (standard: $LOYALTY_POS_DB, ellers datamappen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>discounts given</source>
            <translation>rabatter gitt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>e-mail {email}</source>
            <translation>e-post {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>each issued code is valid N days, counting the day of issue</source>
            <translation>hver utstedte kode gjelder i N dager, medregnet utstedelsesdagen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>enroll a member</source>
            <translation>registrer et medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>erase a member's personal data for good (visits and sums stay)</source>
            <translation>slett et medlems personopplysninger for godt (besøk og summer blir stående)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>every active member</source>
            <translation>alle aktive medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>everything held about one member: JSON and a CSV summary</source>
            <translation>alt som lagres om ett medlem: JSON og et CSV-sammendrag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>expired</source>
            <translation>utløpt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>fill an empty database with the demo</source>
            <translation>fyll en tom database med demoen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>free item</source>
            <translation>gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>from {amount}</source>
            <translation>ved kjøp fra {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>gift card balances</source>
            <translation>gavekortsaldoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>gift cards sold</source>
            <translation>gavekort solgt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>hash chain heads</source>
            <translation>hashkjedenes ender</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>import members from a CSV file: all rows or none</source>
            <translation>importer medlemmer fra en CSV-fil: alle rader eller ingen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>import the valid rows and leave out the broken ones</source>
            <translation>importer de gyldige radene og utelat dem med feil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>in full</source>
            <translation>i sin helhet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>in money</source>
            <translation>i penger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>in part</source>
            <translation>delvis</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>integrity and ledger check</source>
            <translation>kontroll av integritet og transaksjonslogg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issue N codes</source>
            <translation>utsted N koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issue a single-use code</source>
            <translation>utsted en engangskode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>issued</source>
            <translation>utstedt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issued after a visit of {amount}</source>
            <translation>utstedes etter et besøk på {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>issued in the birthday month</source>
            <translation>utstedes i bursdagsmåneden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>item</source>
            <translation>vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>its name, or its id</source>
            <translation>navnet eller id-en</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>last day, inclusive</source>
            <translation>siste dag, medregnet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>ledger sums</source>
            <translation>hovedboksummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>let a blocked card work again</source>
            <translation>la et sperret kort virke igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>let a person locked out by wrong PINs in</source>
            <translation>slipp inn en ansatt som er utestengt etter feil PIN-koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>lift a membership's block</source>
            <translation>opphev sperringen av et medlemskap</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>line {n}</source>
            <translation>linje {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>list the coupon offers</source>
            <translation>vis kupongtilbudene</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>list the members with an amount of their own</source>
            <translation>list medlemmene som har sitt eget beløp uten nett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>list the programs</source>
            <translation>vis programmene</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>list the staff</source>
            <translation>vis de ansatte</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>list, take and restore backups</source>
            <translation>vis, ta og gjenopprett sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>member search rows</source>
            <translation>rader i medlemssøket</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>members who consented on a channel, to CSV for a mail or SMS tool</source>
            <translation>medlemmer som har samtykket på en kanal, til CSV for et e-post- eller SMS-verktøy</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>members with many visits today</source>
            <translation>medlemmer med mange besøk i dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>merge a duplicate member (OTHER) into the member kept (KEEP)</source>
            <translation>slå sammen et duplikat (OTHER) med medlemmet som beholdes (KEEP)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>minor units (fixed) or percent (percent); none for free-item</source>
            <translation>minste myntenhet (fixed) eller prosent (percent); ingen for free-item</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>multiply points</source>
            <translation>gang poengene (kampanje)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>name who brought a member</source>
            <translation>oppgi hvem som vervet et medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>never</source>
            <translation>aldri</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>new card</source>
            <translation>nytt kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>no card</source>
            <translation>uten kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>no end date</source>
            <translation>ingen sluttdato</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>not a server address (postgresql://user@host/database)</source>
            <translation>ikke en serveradresse (postgresql://bruker@maskin/database)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>nothing new from it; members keep what they hold</source>
            <translation>ingenting nytt fra den; medlemmene beholder det de har</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>on again</source>
            <translation>på igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>one member (card code or member number) instead of the default</source>
            <translation>ett medlem (kortkode eller medlemsnummer) i stedet for standarden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>one member, with balances</source>
            <translation>ett medlem, med saldoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>only what they did</source>
            <translation>bare det denne personen gjorde</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>opening</source>
            <translation>inngående</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with gift cards</source>
            <translation>betalt med gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with points</source>
            <translation>betalt med poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>paid with store credit</source>
            <translation>betalt med tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>pass</source>
            <translation>klippekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>pass uses</source>
            <translation>klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>phone {phone}</source>
            <translation>telefon {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>points program</source>
            <translation>poengprogram</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>print gift cards to a PDF</source>
            <translation>skriv ut gavekort til en PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>print one JSON document on stdout</source>
            <translation>skriv ett JSON-dokument til stdout</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>print them as cards to this PDF</source>
            <translation>skriv dem ut som kort til denne PDF-en</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>promotion</source>
            <translation>kampanje</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>punch card</source>
            <translation>stempelkort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>punch cards and schemes: add, update, switch, list</source>
            <translation>stempelkort og ordninger: legg til, endre, slå av/på, vis</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>recent visits:</source>
            <translation>siste besøk:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>record a member's answer on one channel (a new row in the register)</source>
            <translation>registrer et medlems svar på én kanal (en ny rad i registeret)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>redeemed</source>
            <translation>innløst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>redeemed {n}</source>
            <translation>løst inn {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/refund.py" />
            <source>refund a visit</source>
            <translation>refunder et besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>refunded</source>
            <translation>refundert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded as store credit</source>
            <translation>refundert som tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded in cash</source>
            <translation>refundert kontant</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunded to gift cards</source>
            <translation>refundert til gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>refunds</source>
            <translation>refusjoner</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>replace a lost card: a new number, balances kept</source>
            <translation>erstatt et mistet kort: nytt nummer, saldoene beholdes</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>replace the data with a backup's (the current data is saved first)</source>
            <translation>erstatt dataene med en sikkerhetskopi (dagens data lagres først)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>reserve N new blank cards</source>
            <translation>reserver N nye blanke kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>rewards ready</source>
            <translation>klare belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>rewards redeemed</source>
            <translation>belønninger innløst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>rewards redeemed: {n}</source>
            <translation>belønninger innløst: {n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>rows in {table}</source>
            <translation>rader i {table}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>rung up</source>
            <translation>slått inn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>sales</source>
            <translation>salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>same</source>
            <translation>lik</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>save a copy of the data in another folder (a USB stick)</source>
            <translation>lagre en kopi av dataene i en annen mappe (en minnepinne)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>search by name, phone or card</source>
            <translation>søk på navn, telefon eller kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>sell a new gift card</source>
            <translation>selg et nytt gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>sell and look up gift cards</source>
            <translation>selg og slå opp gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>send the visits queued while the server was away; refresh the copy</source>
            <translation>send besøkene som ble satt i kø mens serveren var borte; oppdater kopien</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>set a new PIN for a person</source>
            <translation>sett en ny PIN-kode for en ansatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>show or set what a member may spend while the server is away</source>
            <translation>vis eller sett hva et medlem kan bruke mens serveren er borte</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>show the settings</source>
            <translation>vis innstillingene</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>show what would be imported and every broken row; write nothing</source>
            <translation>vis hva som ville blitt importert og hver rad med feil; skriv ingenting</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>spends taken offline that the server then refused (this till)</source>
            <translation>bruk uten nett som serveren senere avviste (denne kassen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/programs.py" />
            <source>stacking and referral</source>
            <translation>kombinering av rabatter og verving</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>staff members and PINs</source>
            <translation>ansatte og PIN-koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>stamps</source>
            <translation>stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>stamps expire after {n} days</source>
            <translation>stempler utløper etter {n} dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>stamps given</source>
            <translation>stempler gitt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>start a new shop where one was lost (the file found there is kept aside)</source>
            <translation>start en ny butikk der en gikk tapt (filen som ligger der, blir lagt til side)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>store a 0-10 score for a visit</source>
            <translation>lagre en vurdering fra 0 til 10 for et besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>store credit</source>
            <translation>tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>switch a gift card off</source>
            <translation>slå av et gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>switch a scheme off or on again</source>
            <translation>slå en ordning av eller på igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>switched off</source>
            <translation>slått av</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>take a backup now</source>
            <translation>ta en sikkerhetskopi nå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>the answer for e-mail and SMS (per channel: members consent)</source>
            <translation>svaret for e-post og SMS (per kanal: members consent)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>the backups, newest first</source>
            <translation>sikkerhetskopiene, nyeste først</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>the branch the file's till belongs to (default: main)</source>
            <translation>avdelingen filens kasse hører til (standard: main)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>the consent register</source>
            <translation>samtykkeregisteret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>the dashboard's figures for a period</source>
            <translation>nøkkeltallene i oversikten for en periode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>the local day (default: today)</source>
            <translation>den lokale dagen (standard: i dag)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>the member's card</source>
            <translation>medlemmets kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>the shop's settings</source>
            <translation>butikkens innstillinger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>the weekday is 0 (Monday) to 6 (Sunday)</source>
            <translation>ukedagen er 0 (mandag) til 6 (søndag)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/schemes.py" />
            <source>tier</source>
            <translation>nivå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>tier: {tier}</source>
            <translation>nivå: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>to collect (cash and bank card)</source>
            <translation>til oppgjør (kontant og bankkort)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>total</source>
            <translation>totalt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>undo a visit</source>
            <translation>angre et besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/day.py" />
            <source>visits</source>
            <translation>besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>visits, refunds, ledger rows without a till</source>
            <translation>besøk, refusjoner og hovedbokrader uten kasse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>visits: {count}, last: {last}</source>
            <translation>besøk: {count}, siste: {last}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/liability.py" />
            <source>what the shop owes its customers: balances and how they moved</source>
            <translation>hva butikken skylder kundene: saldoer og hvordan de har endret seg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/audit.py" />
            <source>who did what, when: the audit trail</source>
            <translation>hvem gjorde hva, og når: revisjonsloggen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>with --member: back to the shop's default</source>
            <translation>med --member: tilbake til butikkens standard</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>write --item NAME=N</source>
            <translation>skriv --item NAME=N</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>write every consent event to CSV</source>
            <translation>skriv alle samtykkehendelser til CSV</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>write member cards or blank numbered cards to a PDF</source>
            <translation>skriv medlemskort eller blanke nummererte kort til en PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>write members, visits or the ledger to CSV</source>
            <translation>skriv medlemmer, besøk eller transaksjonsloggen til CSV</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/member_data.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{amount} off</source>
            <translation>{amount} rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>{broken} of {rows} rows cannot be imported; line {line}: {reason} Nothing was imported. --dry-run lists every broken row; --skip-broken imports the others.</source>
            <translation>{broken} av {rows} rader kan ikke importeres; linje {line}: {reason} Ingenting ble importert. --dry-run viser hver rad med feil; --skip-broken importerer resten.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{cards} cards, {total} left</source>
            <translation>{cards} kort, {total} igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{chains} chains, {links} links</source>
            <translation>{chains} kjeder, {links} ledd</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/print_cards.py" />
            <source>{count} cards written to {path} ({pages} pages, {layout}).</source>
            <translation>{count} kort skrevet til {path} ({pages} sider, {layout}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{count} coupons issued: {offer}</source>
            <translation>{count} kuponger utstedt: {offer}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{count} gift cards printed to {path}.</source>
            <translation>{count} gavekort skrevet ut til {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/data.py" />
            <source>{file}: {encoding}, separator “{sep}”. Rows: {rows}; to import: {valid}; broken: {broken}.</source>
            <translation>{file}: {encoding}, skilletegn «{sep}». Rader: {rows}; skal importeres: {valid}; med feil: {broken}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{id}  {name}: {needed} stamps for {reward}</source>
            <translation>{id}  {name}: {needed} stempler for {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <source>{key} is now {value}.</source>
            <translation>{key} er nå {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/backup.py" />
            <source>{members} members, {visits} visits</source>
            <translation>{members} medlemmer, {visits} besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{name}  card {card}  (member {id})</source>
            <translation>{name}  kort {card}  (medlem {id})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>{name} (#{id}, card {card}) may spend up to {value} offline: the shop's default.</source>
            <translation>{name} (#{id}, kort {card}) kan bruke opptil {value} uten nett: butikkens standard.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/offline_allowance.py" />
            <source>{name} (#{id}, card {card}) may spend up to {value} offline: their own amount (the shop's default is {default}).</source>
            <translation>{name} (#{id}, kort {card}) kan bruke opptil {value} uten nett: eget beløp (butikkens standard er {default}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>{name} ({card}): {balances} — possibly out of date (last synced {synced})</source>
            <translation>{name} ({card}): {balances} — kanskje utdatert (sist synkronisert {synced})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Add --allow-duplicate to enroll anyway.</source>
            <translation>{name} har allerede dette telefonnummeret eller denne e-postadressen (kort {card}). Legg til --allow-duplicate for å registrere likevel.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/owner.py" />
            <source>{name} can type their PIN again.</source>
            <translation>{name} kan skrive PIN-koden sin igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/checkout.py" />
            <source>{name} was brought by {referrer}.</source>
            <translation>{name} ble vervet av {referrer}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} pass uses</source>
            <translation>{n} klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{n} per member</source>
            <translation>{n} per medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} points</source>
            <translation>{n} poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} stamps</source>
            <translation>{n} stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{n} stamps per item</source>
            <translation>{n} stempler per vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/maintenance.py" />
            <source>{path} is ready.</source>
            <translation>{path} er klar.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/rewards.py" />
            <source>{percent}% off</source>
            <translation>{percent} % rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {amount} credit</source>
            <translation>{program}: {amount} tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {n} pass uses left</source>
            <translation>{program}: {n} klipp igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {n} points</source>
            <translation>{program}: {n} poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/output.py" />
            <source>{program}: {stamps} of {needed} stamps</source>
            <translation>{program}: {stamps} av {needed} stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>{request} — {name} ({card}): credit {credit}, points {points} (worth {value}); queued {queued}, refused {refused}: {error}</source>
            <translation>{request} — {name} ({card}): kreditt {credit}, poeng {points} (verdt {value}); i kø {queued}, avvist {refused}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{rows} rows, {accounts} accounts</source>
            <translation>{rows} rader, {accounts} kontoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/migrate_to.py" />
            <source>{visits} visits, {sales} sales</source>
            <translation>{visits} besøk, {sales} i salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/sync.py" />
            <source>“{name}” is not in this till's copy of the shop's programs and items; the shop's server cannot be reached to look it up.</source>
            <translation>«{name}» finnes ikke i denne kassens kopi av butikkens programmer og varer; butikkens server kan ikke nås for å slå det opp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a date (use YYYY-MM-DD)</source>
            <translation>«{value}» er ikke en dato (bruk YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a time YYYY-MM-DDTHH:MM</source>
            <translation>«{value}» er ikke et tidspunkt på formen YYYY-MM-DDTHH:MM</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a whole number</source>
            <translation>«{value}» er ikke et helt tall</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not a whole number of minor units</source>
            <translation>«{value}» er ikke et helt antall av minste myntenhet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is not valid text (bytes that are not UTF-8)</source>
            <translation>«{value}» er ikke gyldig tekst (byte som ikke er UTF-8)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is outside {first} to {last}</source>
            <translation>«{value}» er utenfor {first} til {last}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is too large (at most {max})</source>
            <translation>«{value}» er for stort (høyst {max})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/args.py" />
            <source>“{value}” is too small (at least {min})</source>
            <translation>«{value}» er for lite (minst {min})</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency or card_prefix</source>
            <translation type="vanished">endre én innstilling: shop_name, currency eller card_prefix</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150) or colours (standard, high_contrast)</source>
            <translation type="vanished">endre én innstilling: shop_name, currency, card_prefix, language (system, en, hu, vi, nb), text_size (100, 125, 150) eller colours (standard, high_contrast)</translation>
        </message>
        <message>
            <source>change one setting: shop_name, currency, card_prefix, text_size (100, 125, 150) or colours (standard, high_contrast)</source>
            <translation type="vanished">endre én innstilling: shop_name, currency, card_prefix, text_size (100, 125, 150) eller colours (standard, high_contrast)</translation>
        </message>
        <message>
            <source>credit</source>
            <translation type="vanished">bonus</translation>
        </message>
        <message>
            <source>reward</source>
            <translation type="vanished">belønning</translation>
        </message>
        <message>
            <source>“{value}” is not a percentage</source>
            <translation type="vanished">«{value}» er ikke en prosentsats</translation>
        </message>
    </context>
    <context>
        <name>ComfortActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>&amp;View</source>
            <translation>&amp;Visning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Large</source>
            <translation>Stor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Larger text</source>
            <translation>Større tekst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Largest</source>
            <translation>Størst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Normal text size</source>
            <translation>Normal tekststørrelse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Smaller text</source>
            <translation>Mindre tekst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %), as large as it goes.</source>
            <translation>Tekststørrelse: {name} ({size} %), så stor som den kan bli.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %).</source>
            <translation>Tekststørrelse: {name} ({size} %).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/comfort.py" />
            <source>Text size: {name} ({size} %). Ctrl+Plus larger, Ctrl+Minus smaller.</source>
            <translation>Tekststørrelse: {name} ({size} %). Ctrl+Pluss større, Ctrl+Minus mindre.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRestoreDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Restore a backup</source>
            <translation>Gjenopprett en sikkerhetskopi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/backups_dialog.py" />
            <source>Yes, restore (Ctrl+Enter)</source>
            <translation>Ja, gjenopprett (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>CounterRefresh</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_refresh.py" />
            <source>Offline: the shop's server cannot be reached. This visit is queued ({n} waiting) and its stamps and points are added when the server is back.</source>
            <translation>Frakoblet: butikkens server kan ikke nås. Besøket er satt i kø ({n} venter), og stempler og poeng legges til når serveren er tilbake.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_refresh.py" />
            <source>The shop's server is back: {n} queued visits sent.</source>
            <translation>Butikkens server er tilbake: {n} besøk i kø er sendt.</translation>
        </message>
    </context>
    <context>
        <name>CouponOffersDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> (off)</source>
            <translation> (av)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Given out</source>
            <translation>&amp;Deles ut</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Maximum discount</source>
            <translation>&amp;Maks rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>&amp;Value</source>
            <translation>&amp;Verdi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, birthday</source>
            <translation>, bursdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, code {code}</source>
            <translation>, kode {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>, next visit</source>
            <translation>, neste besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Active (accepted at the counter)</source>
            <translation>Aktiv (godtas i kassen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>After a visit charging at least…</source>
            <translation>Etter et besøk på minst…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Coupon offers</source>
            <translation>Kupongtilbud</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Each code valid &amp;for</source>
            <translation>Hver kode &amp;gyldig i</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Edit “{name}”</source>
            <translation>Rediger «{name}»</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Fixed discount</source>
            <translation>Beløpsrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Free item</source>
            <translation>Gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>In the member's birthday month</source>
            <translation>I medlemmets bursdagsmåned</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Issue a code (Ctrl+I)</source>
            <translation>Utsted en kode (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Minimum &amp;spend</source>
            <translation>Minste&amp;beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New code: {code}</source>
            <translation>Ny kode: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New coupon offer</source>
            <translation>Nytt kupongtilbud</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New offer (Ctrl+N)</source>
            <translation>Nytt tilbud (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>New single-use codes of “{name}”</source>
            <translation>Nye engangskoder for «{name}»</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Only by hand</source>
            <translation>Bare manuelt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Percent discount</source>
            <translation>Prosentrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print codes… (Ctrl+P)</source>
            <translation>Skriv ut koder… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Print coupons</source>
            <translation>Skriv ut kuponger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Shared &amp;code</source>
            <translation>Felles &amp;kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Uses &amp;per member</source>
            <translation>Bruk &amp;per medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;from</source>
            <translation>Gyldig &amp;fra</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Valid &amp;until</source>
            <translation>Gyldig &amp;til</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>Visit charging at &amp;least</source>
            <translation>Besøk på m&amp;inst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>ÅÅÅÅ-MM-DD (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>e.g. 10 % off in spring</source>
            <translation>f.eks. 10 % vårrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>free item</source>
            <translation>gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no limit</source>
            <translation>ingen grense</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>no maximum</source>
            <translation>ingen maks</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>optional, e.g. SPRING-10 (anyone may type it)</source>
            <translation>valgfritt, f.eks. SOMMER-10 (alle kan taste den)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>the offer's dates</source>
            <translation>tilbudets datoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{amount} off</source>
            <translation>{amount} rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{name}: {what}</source>
            <translation>{name}: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>{percent} % off</source>
            <translation>{percent} % rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/coupon_offers_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation>«{text}» er ikke en dato (bruk ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="vanished">Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
    </context>
    <context>
        <name>CustomerEnrolDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card {code} is already {name}'s card: scan a blank card.</source>
            <translation>Kort {code} er allerede kortet til {name}: skann et blankt kort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card {code} will be the new member's card.</source>
            <translation>Kort {code} blir det nye medlemmets kort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card: a new number (or scan a blank card)</source>
            <translation>Kort: et nytt nummer (eller skann et blankt kort)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Card: {code}</source>
            <translation>Kort: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>E-mail: {email}</source>
            <translation>E-post: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrol (Enter)</source>
            <translation>Meld inn (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrol anyway (Enter)</source>
            <translation>Meld inn likevel (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Enrolment on the customer screen</source>
            <translation>Innmelding på kundeskjermen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Name: {name}</source>
            <translation>Navn: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Phone: {phone}</source>
            <translation>Telefon: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>The customer has finished: check and press Enter.</source>
            <translation>Kunden er ferdig: kontroller og trykk Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>The customer types their details on the customer screen. Check them, then Enter to enrol.</source>
            <translation>Kunden skriver inn opplysningene sine på kundeskjermen. Kontroller dem, og trykk Enter for å melde inn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>Type it here instead (F3)</source>
            <translation>Skriv det her i stedet (F3)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_enrol.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>CustomerFollow</name>
        <message>
            <location filename="../../loyalty_pos/ui/counter_customer.py" />
            <source>The customer answered {score} (visit {id}).</source>
            <translation>Kunden svarte {score} (besøk {id}).</translation>
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
            <translation>0 = ikke i det hele tatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>10 = certainly</source>
            <translation>10 = helt sikkert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Also bought</source>
            <translation>Kjøpt i tillegg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Coupon: {name}</source>
            <translation>Kupong: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Hello, {name}!</source>
            <translation>Hei, {name}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation>Hvor sannsynlig er det at du vil anbefale oss til en venn?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Join our loyalty programme</source>
            <translation>Bli med i kundeprogrammet vårt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>May we send you offers? Tap each way you agree to.</source>
            <translation>Kan vi sende deg tilbud? Trykk på hver måte du samtykker til.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/keyboard.py" />
            <source>Next</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by e-mail</source>
            <translation>Tilbud på e-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by post</source>
            <translation>Tilbud i posten</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Offers by text message</source>
            <translation>Tilbud på SMS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Paid with gift card</source>
            <translation>Betalt med gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Paid with store credit</source>
            <translation>Betalt med tilgodehavende</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Ready: {reward}</source>
            <translation>Klar: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Ready: {reward} ×{n}</source>
            <translation>Klar: {reward} ×{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Scan at the counter.</source>
            <translation>Skann ved disken.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/keyboard.py" />
            <source>Space</source>
            <translation>Mellomrom</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Store credit</source>
            <translation>Tilgodehavende</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Thank you for your answer!</source>
            <translation>Takk for svaret!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Thank you!</source>
            <translation>Takk!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Thank you, {name}!</source>
            <translation>Takk, {name}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>This visit earns: {what}</source>
            <translation>Dette besøket gir: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Tier: {tier}</source>
            <translation>Nivå: {tier}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/parts.py" />
            <source>To pay</source>
            <translation>Å betale</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Used now: {what}</source>
            <translation>Brukt nå: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/window.py" />
            <source>Welcome</source>
            <translation>Velkommen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>Welcome!</source>
            <translation>Velkommen!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/enrol_page.py" />
            <source>Your name</source>
            <translation>Navnet ditt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{n} left</source>
            <translation>{n} igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{program} +{n}</source>
            <translation>{program} +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/customer/words.py" />
            <source>{stamps} of {needed}</source>
            <translation>{stamps} av {needed}</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>20 % off</source>
            <translation>20 % rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>500 Ft off</source>
            <translation>500 Ft rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Bean points</source>
            <translation>Bønnepoeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Best flat white in town!</source>
            <translation>Byens beste flat white!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Birthday treat</source>
            <translation>Bursdagsgodbit</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Cinnamon bun</source>
            <translation>Kanelbolle</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Coffee card</source>
            <translation>Kaffekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Could you add oat milk?</source>
            <translation>Kan dere få inn havremelk?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Croissant</source>
            <translation>Croissant</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Customer cancelled the order</source>
            <translation>Kunden avbestilte</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Entered 3 coffees instead of 1</source>
            <translation>Slo inn 3 kaffe i stedet for 1</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Free coffee</source>
            <translation>Gratis kaffe</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Free croissant</source>
            <translation>Gratis croissant</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Gold</source>
            <translation>Gull</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Kürtőskalács</source>
            <translation>Kürtőskalács</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Lovely croissants, friendly staff.</source>
            <translation>Nydelige croissanter, hyggelig betjening.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Music a bit loud.</source>
            <translation>Litt høy musikk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Pastry card</source>
            <translation>Bakerikort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The queue was long this morning.</source>
            <translation>Lang kø i morges.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo_checkout.py" />
            <source>Welcome back</source>
            <translation>Velkommen tilbake</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>Wrong member scanned</source>
            <translation>Feil medlem skannet</translation>
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Birthday</source>
            <translation>&amp;Bursdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Card</source>
            <translation>&amp;Kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;Name *</source>
            <translation>&amp;Navn *</translation>
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
            <translation>&amp;Vervet av
(kort eller telefon)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>&amp;SMS</source>
            <translation>S&amp;MS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>+36 30 123 4567</source>
            <translation>+47 912 34 567</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A scan can't change a member's card here: nothing was changed.</source>
            <translation>En skanning kan ikke bytte medlemmets kort her: ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Agrees to offers by
(tick only on a yes)</source>
            <translation>Samtykker til tilbud via
(kryss av bare ved ja)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Card {code} is already {name}'s card: scan a blank card.</source>
            <translation>Kort {code} tilhører allerede {name}: skann et blankt kort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Card {code} will be the new member's card.</source>
            <translation>Kort {code} blir kortet til det nye medlemmet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>E-mai&amp;l</source>
            <translation>E-&amp;post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Edit {name}</source>
            <translation>Rediger {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Empty: new number. Or scan a printed card.</source>
            <translation>Tomt: nytt nummer. Eller skann et trykt kort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll &amp;anyway</source>
            <translation>Registrer &amp;likevel</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll (Ctrl+Enter)</source>
            <translation>Registrer (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Enroll a new member</source>
            <translation>Registrer nytt medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>No&amp;tes</source>
            <translation>N&amp;otater</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Open {name} (Enter)</source>
            <translation>Åpne {name} (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Optional: the card or phone of who brought them</source>
            <translation>Valgfritt: ververs kort eller telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>P&amp;ost</source>
            <translation>Brevpo&amp;st</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by</source>
            <translation>Vervet av</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}.</source>
            <translation>Vervet av {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by {name}: both get the bonus at the first paid visit.</source>
            <translation>Vervet av {name}: begge får vervebonusen ved første betalte besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Save (Ctrl+Enter)</source>
            <translation>Lagre (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>ÅÅÅÅ-MM-DD (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>name@example.com</source>
            <translation>navn@eksempel.no</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="vanished">&amp;Ja</translation>
        </message>
        <message>
            <source>Ask whether they want offers: choose Yes or No.</source>
            <translation type="vanished">Spør om medlemmet vil ha tilbud: velg Ja eller Nei.</translation>
        </message>
        <message>
            <source>N&amp;o</source>
            <translation type="vanished">Ne&amp;i</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation type="vanished">Åpne {name}</translation>
        </message>
        <message>
            <source>Wants offers by
phone / e-mail? *</source>
            <translation type="vanished">Vil ha tilbud på
telefon / e-post? *</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;PIN of {owner}</source>
            <translation>&amp;PIN-koden til {owner}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Reason (no personal data)</source>
            <translation>&amp;Grunn (ingen personopplysninger)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase a member</source>
            <translation>Slett et medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase for good</source>
            <translation>Slett for godt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erase {name} (member #{id}, card {card}) for good? Their name, phone, e-mail, birthday, notes and feedback comments are removed and cannot be brought back. Visits and balances stay, as “Erased member #{id}”.</source>
            <translation>Slette {name} (medlem #{id}, kort {card}) for godt? Navn, telefon, e-post, bursdag, notater og kommentarer i tilbakemeldinger fjernes og kan ikke hentes tilbake. Besøk og saldoer blir stående, som «Slettet medlem #{id}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>e.g. asked at the counter on 10 March</source>
            <translation>f.eks. spurte i kassen 10. mars</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>A PIN is {min} to {max} digits.</source>
            <translation>En PIN-kode har {min} til {max} sifre.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A bonus cannot be negative.</source>
            <translation>En bonus kan ikke være negativ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>A card number has 13 digits; “{code}” has {count}. Check the number.</source>
            <translation>Et kortnummer har 13 sifre; «{code}» har {count}. Sjekk nummeret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>A code of this shop has 13 digits; “{code}” is not one. Check it.</source>
            <translation>En kode fra denne butikken har 13 sifre; «{code}» er ikke en slik kode. Sjekk den.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A comment has at most {max} characters.</source>
            <translation>En kommentar kan ha høyst {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is issued on a birthday or after a visit.</source>
            <translation>En kupong utstedes på en bursdag eller etter et besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon is valid for 1 to {max} days.</source>
            <translation>En kupong er gyldig i 1 til {max} dager.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>A coupon offer called “{name}” already exists.</source>
            <translation>Det finnes allerede et kupongtilbud som heter «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A coupon the shop issues by itself cannot also have a shared code.</source>
            <translation>En kupong som butikken utsteder automatisk, kan ikke også ha en felles kode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A daily limit must be more than zero.</source>
            <translation>En dagsgrense må være større enn null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A fixed discount must be more than zero.</source>
            <translation>En beløpsrabatt må være større enn null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A free-item coupon has no value; leave it 0.</source>
            <translation>En kupong for gratis vare har ingen verdi; la den stå på 0.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>A gift card is worth more than zero and at most {max}.</source>
            <translation>Et gavekort er verdt mer enn null og høyst {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>A gift card must expire after today ({date}).</source>
            <translation>Et gavekort må utløpe etter i dag ({date}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>A gift card worth {amount} needs the owner's approval (above {limit}). Nothing was sold.</source>
            <translation>Et gavekort på {amount} må godkjennes av eieren (over {limit}). Ingenting ble solgt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A maximum discount must be more than zero.</source>
            <translation>En maksimal rabatt må være større enn null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/merge.py" />
            <source>A member cannot be merged with themselves.</source>
            <translation>Et medlem kan ikke slås sammen med seg selv.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>A member cannot refer themselves.</source>
            <translation>Et medlem kan ikke verve seg selv.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/contact_lists.py" />
            <source>A month is 1 to 12.</source>
            <translation>En måned er 1 til 12.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A pass has between 1 and 1000 uses.</source>
            <translation>Et klippekort har mellom 1 og 1000 klipp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A percent discount is between 1 and 100.</source>
            <translation>En prosentrabatt er mellom 1 og 100.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>A phone number has 7 to 15 digits; “{phone}” has {n}.</source>
            <translation>Et telefonnummer har 7 til 15 sifre; «{phone}» har {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A point's value must be more than zero.</source>
            <translation>Verdien av et poeng må være større enn null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A price cannot be negative.</source>
            <translation>En pris kan ikke være negativ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A program appears twice in the visit.</source>
            <translation>Et program står to ganger i besøket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A program called “{name}” already exists.</source>
            <translation>Det finnes allerede et program som heter «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A promotion multiplies points by more than 1 and up to 10.</source>
            <translation>En kampanje ganger poengene med mer enn 1 og opptil 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>A referrer can only be named before the first paid visit.</source>
            <translation>En verver kan bare oppgis før det første betalte besøket.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>A refund cannot be negative.</source>
            <translation>En refusjon kan ikke være negativ.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>A report covers at most {days} days.</source>
            <translation>En rapport dekker høyst {days} dager.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>A request id has 1 to {max} characters.</source>
            <translation>En forespørsels-ID har 1 til {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A reward called “{name}” already exists.</source>
            <translation>Det finnes allerede en belønning som heter «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A reward costs at least one point.</source>
            <translation>En belønning koster minst ett poeng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A role is one of: {roles}.</source>
            <translation>En rolle er en av: {roles}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>A score is a whole number from 0 to 10, not {score}.</source>
            <translation>Et svar er et helt tall fra 0 til 10, ikke {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>A spend to earn the coupon needs the next-visit trigger.</source>
            <translation>Et minstebeløp for å få kupongen krever at den deles ut etter et besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>A staff name has 1 to {max} characters.</source>
            <translation>Navnet på en ansatt har 1 til {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>A tier called “{name}” already exists.</source>
            <translation>Det finnes allerede et nivå som heter «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier discount is between 0 and 100 %.</source>
            <translation>En nivårabatt er mellom 0 og 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier multiplies points by 1 to 10.</source>
            <translation>Et nivå ganger poengene med 1 til 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier needs a minimum spend, a number of visits or a membership fee.</source>
            <translation>Et nivå trenger et minstebeløp, et antall besøk eller en medlemsavgift.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>A tier's rank is 1 or more.</source>
            <translation>Rangen til et nivå er 1 eller mer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>A till name has 1 to 20 letters, digits or _ (it goes into backup file names), not “{value}”.</source>
            <translation>Et kassenavn har 1 til 20 bokstaver, sifre eller _ (det blir en del av filnavnene til sikkerhetskopiene), ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>A wording version has 1 to 40 characters.</source>
            <translation>En tekstversjon har 1 til 40 tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Amounts and counts cannot be negative.</source>
            <translation>Beløp og antall kan ikke være negative.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>An amount cannot be negative.</source>
            <translation>Et beløp kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>An imported visit cannot be in the future.</source>
            <translation>Et importert besøk kan ikke være fram i tid.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>An item called “{name}” already exists.</source>
            <translation>Det finnes allerede en vare som heter «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Another tier already has rank {rank}.</source>
            <translation>Et annet nivå har allerede rang {rank}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>At most {left} of this visit can still be refunded.</source>
            <translation>Høyst {left} av dette besøket kan fortsatt refunderes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>At most {limit} discount reward(s) per visit.</source>
            <translation>Høyst {limit} rabattbelønning(er) per besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>At most {max} items in one visit.</source>
            <translation>Høyst {max} varer i ett besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Cannot read {path}: {error}</source>
            <translation>Kan ikke lese {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <location filename="../../loyalty_pos/services/member_export.py" />
            <source>Cannot write {path}: {error}</source>
            <translation>Kan ikke skrive {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>Card {code} already belongs to {name}.</source>
            <translation>Kort {code} tilhører allerede {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} does not belong to a member yet. Press F3 to enroll.</source>
            <translation>Kort {code} tilhører ikke noe medlem ennå. Trykk F3 for å registrere.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is a blank card: press F3 to enroll a new member with it.</source>
            <translation>Kort {code} er et blankt kort: trykk F3 for å registrere et nytt medlem med det.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is already in use.</source>
            <translation>Kort {code} er allerede i bruk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} is blocked.</source>
            <translation>Kort {code} er sperret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>Card {code} is not in this till's copy of the member list, and the shop's server cannot be reached to look it up.</source>
            <translation>Kort {code} finnes ikke i denne kassens kopi av medlemslisten, og butikkens server kan ikke nås for å slå det opp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Card {code} was already replaced by card {new}.</source>
            <translation>Kort {code} er allerede erstattet med kort {new}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced and stays retired.</source>
            <translation>Kort {code} er erstattet og forblir ute av bruk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code} was replaced by card {new}. Ask for the new card.</source>
            <translation>Kort {code} er erstattet med kort {new}. Be om det nye kortet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>Card {code}: this card was erased at its member's request.</source>
            <translation>Kort {code}: dette kortet ble slettet etter medlemmets ønske.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Catalogue rewards belong to a points program.</source>
            <translation>Katalogbelønninger hører til et poengprogram.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Choose a language: {languages}.</source>
            <translation>Velg et språk: {languages}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>Could not save a copy in {folder}: {error}</source>
            <translation>Kunne ikke lagre en kopi i {folder}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Counts cannot be negative.</source>
            <translation>Antall kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} belongs to a member: open the member's card first.</source>
            <translation>Kupong {code} tilhører et medlem: åpne medlemmets kort først.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} expired on {date}.</source>
            <translation>Kupong {code} utløp {date}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} is valid only from {date}.</source>
            <translation>Kupong {code} gjelder først fra {date}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Coupon {code} was already used.</source>
            <translation>Kupong {code} er allerede brukt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Coupon {code} was issued to another member.</source>
            <translation>Kupong {code} ble utstedt til et annet medlem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Coupons are not set up in this shop.</source>
            <translation>Kuponger er ikke satt opp i denne butikken.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Discounts per visit is 0 (no limit) to {max}.</source>
            <translation>Rabatter per besøk er fra 0 (ingen grense) til {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Enter a correction other than zero.</source>
            <translation>Skriv inn en korrigering som ikke er null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>Enter a multiplier, e.g. {example}.</source>
            <translation>Skriv inn en faktor, f.eks. {example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>Enter a percentage, e.g. {example} %.</source>
            <translation>Skriv inn en prosentsats, f.eks. {example} %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>Enter an amount.</source>
            <translation>Skriv inn et beløp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/refunds.py" />
            <source>Enter the amount to refund.</source>
            <translation>Skriv inn beløpet som skal refunderes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/member_names.py" />
            <source>Erased member #{id}</source>
            <translation>Slettet medlem #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Expiry must be between 1 and 3650 days.</source>
            <translation>Utløpet må være mellom 1 og 3650 dager.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/exports.py" />
            <source>Export members, visits or ledger, not “{what}”.</source>
            <translation>Eksporter members, visits eller ledger, ikke «{what}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} expired on {date}.</source>
            <translation>Gavekort {code} utløp {date}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} is already voided.</source>
            <translation>Gavekort {code} er allerede annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <source>Gift card {code} is used up.</source>
            <translation>Gavekort {code} er brukt opp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Gift card {code} was voided and cannot be used.</source>
            <translation>Gavekort {code} er annullert og kan ikke brukes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Gift cards are not set up in this shop.</source>
            <translation>Gavekort er ikke satt opp i denne butikken.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <source>Give a reason of 1 to {max} characters.</source>
            <translation>Oppgi en grunn på 1 til {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Issue between 1 and {max} codes at a time.</source>
            <translation>Utsted mellom 1 og {max} koder om gangen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Item number {id} is not on the list or is switched off.</source>
            <translation>Vare nummer {id} er ikke på listen eller er slått av.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>Kiosk is “on” or “off”, not “{value}”.</source>
            <translation>Kiosk er «on» eller «off», ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>Line {line}: the file is not valid CSV ({error}).</source>
            <translation>Linje {line}: filen er ikke gyldig CSV ({error}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>Member #{id} was erased.</source>
            <translation>Medlem #{id} er slettet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>Member #{id} was merged into member #{into}.</source>
            <translation>Medlem #{id} er slått sammen med medlem #{into}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>No reward is ready on “{name}” ({stamps} of {needed} stamps).</source>
            <translation>Ingen belønning er klar på «{name}» ({stamps} av {needed} stempler).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>No row of the file can be imported.</source>
            <translation>Ingen rad i filen kan importeres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Nothing of that kind can be switched.</source>
            <translation>Noe slikt kan ikke slås av eller på.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Nothing to confirm: enter the amount, the items bought or a reward.</source>
            <translation>Ingenting å bekrefte: skriv inn beløpet, varene som er kjøpt, eller en belønning.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Nothing to confirm: enter the items bought or pick a reward.</source>
            <translation>Ingenting å bekrefte: skriv inn varene som er kjøpt, eller velg en belønning.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>Nothing was scanned.</source>
            <translation>Ingenting ble skannet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Only a percent discount can have a maximum.</source>
            <translation>Bare en prosentrabatt kan ha et maksimum.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Only the owner can approve this.</source>
            <translation>Bare eieren kan godkjenne dette.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Only the owner can correct a balance by more than {limit}.</source>
            <translation>Bare eieren kan korrigere en saldo med mer enn {limit}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Only the owner can open this.</source>
            <translation>Bare eieren kan åpne dette.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>Only {ready} rewards are ready on “{name}”.</source>
            <translation>Bare {ready} belønninger er klare på «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Owner screens lock after 1 to 120 minutes.</source>
            <translation>Eierfunksjonene låses etter 1 til 120 minutter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Pass number {id} does not exist or is switched off.</source>
            <translation>Klippekort nummer {id} finnes ikke eller er slått av.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Pay more than zero with the gift card.</source>
            <translation>Betal mer enn null med gavekortet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Points of “{name}” can only buy catalogue rewards.</source>
            <translation>Poeng i «{name}» kan bare brukes på katalogbelønninger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per amount and the amount step must be positive.</source>
            <translation>Poeng per beløp og beløpstrinnet må være positive.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Points per visit and per item cannot be negative.</source>
            <translation>Poeng per besøk og per vare kan ikke være negative.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Program number {id} does not exist or is switched off.</source>
            <translation>Program nummer {id} finnes ikke eller er slått av.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>Promotions multiply the points of a points program.</source>
            <translation>Kampanjer ganger poengene i et poengprogram.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>Quit</source>
            <translation>Avslutt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody found for “{text}”.</source>
            <translation>Vervet av: ingen treff for «{text}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: nobody has card {code}.</source>
            <translation>Vervet av: ingen har kort {code}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/enroll_dialog.py" />
            <source>Referred by: several members match “{text}”. Use the card number.</source>
            <translation>Vervet av: flere medlemmer passer med «{text}». Bruk kortnummeret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refunding.py" />
            <source>Request id {request} was already used for another refund; nothing was changed.</source>
            <translation>Forespørsels-ID {request} er allerede brukt for en annen refusjon; ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <source>Request id {request} was already used for another visit; nothing was changed.</source>
            <translation>Forespørsels-ID {request} er allerede brukt for et annet besøk; ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <source>Reserve 1 to {max} blank cards at a time.</source>
            <translation>Reserver 1 til {max} blanke kort om gangen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>Restore the newest backup</source>
            <translation>Gjenopprett den nyeste sikkerhetskopien</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Reward number {id} does not exist or is switched off.</source>
            <translation>Belønning nummer {id} finnes ikke eller er slått av.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same card number as line {line} ({name}).</source>
            <translation>Samme kortnummer som linje {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same e-mail as line {line} ({name}).</source>
            <translation>Samme e-post som linje {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Same phone number as line {line} ({name}).</source>
            <translation>Samme telefonnummer som linje {line} ({name}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>Say by how much to change the value.</source>
            <translation>Oppgi hvor mye verdien skal endres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Say how much a visit must charge to earn the coupon.</source>
            <translation>Oppgi hvor mye et besøk må koste for å gi kupongen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Say what the reward is.</source>
            <translation>Oppgi hva belønningen er.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>Say why the balance is corrected.</source>
            <translation>Oppgi hvorfor saldoen korrigeres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refunding.py" />
            <source>Say why the visit is refunded.</source>
            <translation>Oppgi hvorfor besøket refunderes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Say why the visit is voided.</source>
            <translation>Oppgi hvorfor besøket annulleres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>Scan the member's card first: this needs a member.</source>
            <translation>Skann medlemmets kort først: dette krever et medlem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>Show 1 to {max} entries at a time.</source>
            <translation>Vis 1 til {max} oppføringer om gangen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>Spend at least {min} for this coupon.</source>
            <translation>Handle for minst {min} for å bruke denne kupongen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamp expiry must be between 1 and 3650 days.</source>
            <translation>Utløpet for stempler må være mellom 1 og 3650 dager.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps needed must be between 2 and {max}.</source>
            <translation>Antall stempler må være mellom 2 og {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>Stamps per item must be between 1 and 10.</source>
            <translation>Stempler per vare må være mellom 1 og 10.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That amount is too large to be right.</source>
            <translation>Det beløpet er for stort til å stemme.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>That program has no such balance.</source>
            <translation>Det programmet har ingen slik saldo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>That tier is not sold as a membership.</source>
            <translation>Det nivået selges ikke som medlemskap.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup could not be saved ({error}). Nothing was left behind.</source>
            <translation>Sikkerhetskopien kunne ikke lagres ({error}). Ingenting ble liggende igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup was not saved: its copy does not pass the check ({problem}). The older backups are kept.</source>
            <translation>Sikkerhetskopien ble ikke lagret: kopien består ikke kontrollen ({problem}). De eldre sikkerhetskopiene beholdes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The backup was stopped. Nothing was saved.</source>
            <translation>Sikkerhetskopieringen ble stoppet. Ingenting ble lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The backup {backup} cannot be used: {problem}</source>
            <translation>Sikkerhetskopien {backup} kan ikke brukes: {problem}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_plans.py" />
            <source>The balances of member {member} do not match their history; nothing was changed. Run “admin check” and call for help.</source>
            <translation>Saldoene til medlem {member} stemmer ikke med historikken; ingenting ble endret. Kjør «admin check» og be om hjelp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The barcode is ean13 or code128, not “{value}”.</source>
            <translation>Strekkoden er ean13 eller code128, ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The birthday {birthday} is not possible.</source>
            <translation>Bursdagen {birthday} er ikke mulig.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The card prefix is two digits from 20 to 29 (GS1's in-store range), not “{value}”.</source>
            <translation>Kortprefikset er to sifre fra 20 til 29 (GS1-området for intern bruk i butikk), ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The card title has at most {max} characters.</source>
            <translation>Korttittelen kan ha høyst {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The cashback rate is between 0.01 % and 100 %.</source>
            <translation>Bonusen er mellom 0,01 % og 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The code {code} is already used by “{name}”.</source>
            <translation>Koden {code} brukes allerede av «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The colours are “standard” or “high_contrast”, not “{value}”.</source>
            <translation>Fargene er «standard» eller «high_contrast», ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” does not say which program it is for: name it after the program, e.g. “{example}”.</source>
            <translation>Kolonnen «{column}» sier ikke hvilket program den gjelder: gi den navnet til programmet, f.eks. «{example}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” holds balances, but this shop has no program for them. Set one up first, or remove the column.</source>
            <translation>Kolonnen «{column}» inneholder saldoer, men denne butikken har ikke noe program for dem. Sett opp et først, eller fjern kolonnen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}” is for the program “{program}”, which this shop does not have. Set it up first, or remove the column.</source>
            <translation>Kolonnen «{column}» gjelder programmet «{program}», som denne butikken ikke har. Sett det opp først, eller fjern kolonnen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The column “{column}”: “{program}” has no such balance.</source>
            <translation>Kolonnen «{column}»: «{program}» har ingen slik saldo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The columns “{first}” and “{second}” hold the same thing; keep one.</source>
            <translation>Kolonnene «{first}» og «{second}» inneholder det samme; behold én av dem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The copy to {url} failed ({error}). Nothing was written to the server.</source>
            <translation>Kopieringen til {url} mislyktes ({error}). Ingenting ble skrevet til serveren.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon must start before it ends.</source>
            <translation>Kupongen må starte før den slutter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon needs a name of 1 to {max} characters.</source>
            <translation>Kupongen trenger et navn på 1 til {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” ended on {date}; change its dates first.</source>
            <translation>Kupongen «{name}» sluttet {date}; endre datoene først.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>The coupon “{name}” is switched off.</source>
            <translation>Kupongen «{name}» er slått av.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The coupon “{name}” needs a member: open the member's card first.</source>
            <translation>Kupongen «{name}» krever et medlem: åpne medlemmets kort først.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The currency stays {current}: this shop already has amounts in it, and they would be read as {new}. A shop in another currency starts a new database.</source>
            <translation>Valutaen forblir {current}: denne butikken har allerede beløp i den, og de ville blitt lest som {new}. En butikk med en annen valuta starter en ny database.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>The customer screen is “on” or “off”, not “{value}”.</source>
            <translation>Kundeskjermen er «on» (på) eller «off» (av), ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>The customer screen's line has at most {max} characters.</source>
            <translation>Teksten på kundeskjermen har høyst {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <source>The daily stamp limit must be between 1 and 1000.</source>
            <translation>Dagsgrensen for stempler må være mellom 1 og 1000.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The database {url} is not empty ({count} tables, such as {first}). Moving a shop needs a new, empty database. Nothing was written.</source>
            <translation>Databasen {url} er ikke tom ({count} tabeller, for eksempel {first}). Å flytte en butikk krever en ny, tom database. Ingenting ble skrevet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/demo.py" />
            <source>The demo shop can only be created in an empty database; this one already has members or programs.</source>
            <translation>Demobutikken kan bare opprettes i en tom database; denne har allerede medlemmer eller programmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>The disk holding {path} is full ({error}). Nothing is wrong with the data; free some space, then start again.</source>
            <translation>Disken med {path} er full ({error}). Det er ingenting galt med dataene; frigjør litt plass og start på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file has more than {max} members; split it in parts.</source>
            <translation>Filen har mer enn {max} medlemmer; del den opp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>The file has no name column. Its first line must name the columns, e.g. name;phone;email (this file's first line: {headers}).</source>
            <translation>Filen har ingen navnekolonne. Første linje må navngi kolonnene, f.eks. navn;telefon;epost (første linje i denne filen: {headers}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The file holds another shop</source>
            <translation>Filen inneholder en annen butikk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file is empty.</source>
            <translation>Filen er tom.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>The file is larger than {mb} MB; split it in parts.</source>
            <translation>Filen er større enn {mb} MB; del den opp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The file is not a Loyalty POS shop</source>
            <translation>Filen er ikke en Loyalty POS-butikk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The file names its columns but holds no members.</source>
            <translation>Filen navngir kolonnene, men inneholder ingen medlemmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/domain/giftcards.py" />
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>The gift card holds only {balance}.</source>
            <translation>Gavekortet har bare {balance}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The item needs a name.</source>
            <translation>Varen trenger et navn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <source>The last day is before the first day.</source>
            <translation>Siste dag er før første dag.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The limit per member is between 1 and {max}.</source>
            <translation>Grensen per medlem er mellom 1 og {max}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>The line has {n} cells, but the first line names only {m} columns.</source>
            <translation>Linjen har {n} celler, men første linje navngir bare {m} kolonner.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The line of text has at most {max} characters.</source>
            <translation>Tekstlinjen kan ha høyst {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo is too large ({kb} kB); use a smaller image.</source>
            <translation>Logoen er for stor ({kb} kB); bruk et mindre bilde.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The logo must be a PNG image.</source>
            <translation>Logoen må være et PNG-bilde.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The maximum discount must be above zero.</source>
            <translation>Maksimal rabatt må være over null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} in store credit.</source>
            <translation>Medlemmet har bare {held} til gode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The member has only {held} points on “{name}”.</source>
            <translation>Medlemmet har bare {held} poeng i «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/adjustments.py" />
            <source>The member holds only {held}; nothing changed.</source>
            <translation>Medlemmet har bare {held}; ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The member's name is required.</source>
            <translation>Medlemmets navn må fylles inn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/outbox.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>The membership of {name} is blocked.</source>
            <translation>Medlemskapet til {name} er sperret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>The minimum spend cannot be negative.</source>
            <translation>Minstebeløpet kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The name is too long (at most {n} characters).</source>
            <translation>Navnet er for langt (høyst {n} tegn).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>The notes are too long (at most {n} characters).</source>
            <translation>Notatene er for lange (høyst {n} tegn).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The offline allowance is 0 to {max} (minor units).</source>
            <translation>Grensen uten nett er 0 til {max} (minste myntenhet).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/pins.py" />
            <source>The owner's PIN opens every owner screen, so it has {min} to {max} digits.</source>
            <translation>Eierens PIN-kode åpner alle eierfunksjonene, så den har {min} til {max} sifre.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>The pass “{name}” has {left} uses left.</source>
            <translation>Klippekortet «{name}» har {left} klipp igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/reports.py" />
            <source>The period ends before it starts.</source>
            <translation>Perioden slutter før den starter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/programs.py" />
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The program needs a name.</source>
            <translation>Programmet trenger et navn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/stamps.py" />
            <source>The program “{name}” is switched off: it gives no new stamps. Rewards already ready on it can still be redeemed.</source>
            <translation>Programmet «{name}» er slått av: det gir ingen nye stempler. Belønninger som allerede er klare, kan fortsatt løses inn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion ends before it starts.</source>
            <translation>Kampanjen slutter før den starter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The promotion needs a name.</source>
            <translation>Kampanjen trenger et navn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}) and the data could not be put back by itself. Restore {saved} to get it back.</source>
            <translation>Gjenopprettingen feilet ({error}), og dataene kunne ikke settes tilbake automatisk. Gjenopprett {saved} for å få dem tilbake.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>The restore failed ({error}). The data is as it was before.</source>
            <translation>Gjenopprettingen feilet ({error}). Dataene er som før.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The reward needs a name.</source>
            <translation>Belønningen trenger et navn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The scan sounds are “on” or “off”, not “{value}”.</source>
            <translation>Skannelydene er «on» eller «off», ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>The shop name has 1 to {max} characters.</source>
            <translation>Butikknavnet har 1 til {max} tegn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>The shop needs at least one owner.</source>
            <translation>Butikken trenger minst én eier.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/schema.py" />
            <source>The shop on the server is at an older version ({missing} missing). Update it from the till that set it up, or ask for help.</source>
            <translation>Butikken på serveren har en eldre versjon ({missing} mangler). Oppdater den fra kassen som satte den opp, eller be om hjelp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>The shop's file is damaged ({reason}). Restore a backup before moving it.</source>
            <translation>Butikkens fil er skadet ({reason}). Gjenopprett en sikkerhetskopi før du flytter den.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/damage.py" />
            <source>The shop's file is damaged, so nothing can be saved: {reason} Restore the newest good backup (Backups, or: loyalty-pos admin backup list).</source>
            <translation>Butikkens datafil er skadet, så ingenting kan lagres: {reason} Gjenopprett den nyeste gode sikkerhetskopien (Sikkerhetskopier, eller: loyalty-pos admin backup list).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is empty (0 bytes)</source>
            <translation>Butikkens datafil er tom (0 byte)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is missing</source>
            <translation>Butikkens datafil mangler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>The shop's file is no longer a database</source>
            <translation>Butikkens datafil er ikke lenger en database</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/server.py" />
            <source>The shop's server cannot be reached ({error}). Check the network cable or Wi-Fi and that the back-office computer is on.</source>
            <translation>Butikkens server kan ikke nås ({error}). Sjekk nettverkskabelen eller Wi-Fi, og at datamaskinen på bakrommet er på.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached, and by this till's last copy {name} does not hold that much ({credit} credit, {points} points left). Nothing was changed.</source>
            <translation>Butikkens server kan ikke nås, og ifølge kassens siste kopi har {name} ikke så mye ({credit} kreditt, {points} poeng igjen). Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached: only visits that earn can be taken now. Rewards, points, credit, passes, gift cards and coupons can be used again when the server is back. Nothing was changed.</source>
            <translation>Butikkens server kan ikke nås: nå kan bare besøk som opptjener tas imot. Belønninger, poeng, kreditt, klippekort, gavekort og kuponger kan brukes igjen når serveren er tilbake. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/outbox.py" />
            <source>The shop's server cannot be reached: {name} may spend at most {allowance} in credit and points until it is back ({left} left). Nothing was changed.</source>
            <translation>Butikkens server kan ikke nås: {name} kan bruke høyst {allowance} i kreditt og poeng til den er tilbake ({left} igjen). Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>The slip paper is 58 or 80 mm wide, not “{value}”.</source>
            <translation>Kvitteringspapiret er 58 eller 80 mm bredt, ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/display.py" />
            <source>The text size is 100, 125 or 150 (normal, large, largest), not “{value}”.</source>
            <translation>Tekststørrelsen er 100, 125 eller 150 (normal, large, largest), ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier needs a name.</source>
            <translation>Nivået trenger et navn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The tier window is between 1 and 3650 days.</source>
            <translation>Nivåperioden er mellom 1 og 3650 dager.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>The till {till} is in the branch {other}, not {branch}.</source>
            <translation>Kassen {till} hører til avdelingen {other}, ikke {branch}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>The weekday is 0 (Monday) to 6 (Sunday).</source>
            <translation>Ukedagen er 0 (mandag) til 6 (søndag).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is already a staff member called {name}.</source>
            <translation>Det finnes allerede en ansatt som heter {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no backup file {file}.</source>
            <translation>Sikkerhetskopien {file} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/cards.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <source>There is no card {code}.</source>
            <translation>Kort {code} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no catalogue reward number {id}.</source>
            <translation>Katalogbelønning nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>There is no consent channel “{channel}”. Channels: {channels}.</source>
            <translation>Det finnes ingen samtykkekanal «{channel}». Kanaler: {channels}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer number {id}.</source>
            <translation>Kupongtilbud nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>There is no coupon offer “{name}”.</source>
            <translation>Kupongtilbudet «{name}» finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>There is no coupon {code}.</source>
            <translation>Kupong {code} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>There is no file {file}. Nothing was changed.</source>
            <translation>Filen {file} finnes ikke. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>There is no file {path}.</source>
            <translation>Filen {path} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>There is no gift card {code}.</source>
            <translation>Gavekort {code} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item number {id}.</source>
            <translation>Vare nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no item “{name}”.</source>
            <translation>Varen «{name}» finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/contact_lists.py" />
            <source>There is no list “{segment}”. Lists: {segments}.</source>
            <translation>Det finnes ingen liste «{segment}». Lister: {segments}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <location filename="../../loyalty_pos/services/erase.py" />
            <location filename="../../loyalty_pos/services/member_export.py" />
            <location filename="../../loyalty_pos/services/members.py" />
            <location filename="../../loyalty_pos/services/offline_allowance.py" />
            <source>There is no member number {id}.</source>
            <translation>Medlem nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no points or credit program number {id}.</source>
            <translation>Poeng- eller bonusprogram nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <location filename="../../loyalty_pos/services/schemes.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no program number {id}.</source>
            <translation>Program nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>There is no program template “{key}”.</source>
            <translation>Programmalen «{key}» finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/programs.py" />
            <source>There is no program “{name}”.</source>
            <translation>Programmet «{name}» finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no promotion number {id}.</source>
            <translation>Kampanje nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/cli/shop.py" />
            <location filename="../../loyalty_pos/services/approvals.py" />
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <location filename="../../loyalty_pos/services/display.py" />
            <location filename="../../loyalty_pos/services/setup.py" />
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>There is no setting “{key}”. Settings: {keys}.</source>
            <translation>Innstillingen «{key}» finnes ikke. Innstillinger: {keys}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/pg/server.py" />
            <source>There is no shop in the server database {url}. Create it with: loyalty-pos admin init (or move a shop there: admin migrate-to).</source>
            <translation>Det finnes ingen butikk i serverdatabasen {url}. Opprett den med: loyalty-pos admin init (eller flytt en butikk dit: admin migrate-to).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/audit.py" />
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member called {name}.</source>
            <translation>Det finnes ingen ansatt som heter {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>There is no staff member {id}.</source>
            <translation>Ansatt {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no stamp or points program number {id}.</source>
            <translation>Stempel- eller poengprogram nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is no tier number {id}.</source>
            <translation>Nivå nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>There is no visit number {id}.</source>
            <translation>Besøk nummer {id} finnes ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/schemes.py" />
            <source>There is nothing to switch with number {id}.</source>
            <translation>Det finnes ingenting å slå av eller på med nummer {id}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>This database has no backup folder.</source>
            <translation>Denne databasen har ingen mappe for sikkerhetskopier.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This file is not a text (CSV) file. Save it as “CSV UTF-8”.</source>
            <translation>Denne filen er ikke en tekstfil (CSV). Lagre den som «CSV UTF-8».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>This file was imported already ({when}). Nothing was imported again.</source>
            <translation>Denne filen er allerede importert ({when}). Ingenting ble importert på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/csvfile.py" />
            <source>This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save it as “CSV UTF-8” (Excel: File › Save As) and choose that file.</source>
            <translation>Dette er en regnearkfil (.xlsx eller .ods), ikke en CSV-fil. Lagre den som «CSV UTF-8» (Excel: Fil › Lagre som), og velg den filen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/checkout_rules.py" />
            <source>This member already has a referrer.</source>
            <translation>Dette medlemmet har allerede en verver.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>This member has already used “{name}” {count} times (the limit).</source>
            <translation>Dette medlemmet har allerede brukt «{name}» {count} ganger (grensen).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>This shop has no branch named {branch}.</source>
            <translation>Denne butikken har ingen avdeling som heter {branch}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/report_scope.py" />
            <source>This shop has no till named {till}.</source>
            <translation>Denne butikken har ingen kasse som heter {till}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/migrate_to.py" />
            <source>This shop is already on a server. Give --db the shop's file to move it.</source>
            <translation>Denne butikken er allerede på en server. Gi --db butikkens fil for å flytte den.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/app.py" />
            <source>This till has no copy of the member list yet (it is made while the server answers), so it cannot start without the server.</source>
            <translation>Denne kassen har ingen kopi av medlemslisten ennå (den lages mens serveren svarer), så den kan ikke starte uten serveren.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>This visit cannot be voided: its stamps or reward have been used since. Void the later visit first.</source>
            <translation>Dette besøket kan ikke annulleres: stemplene eller belønningen er brukt siden. Annuller det senere besøket først.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>This would leave a balance below zero.</source>
            <translation>Dette ville gitt en saldo under null.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/schemes.py" />
            <source>Tier thresholds cannot be negative.</source>
            <translation>Nivågrenser kan ikke være negative.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {minutes} more min.</source>
            <translation>For mange feil PIN-koder: {name} er utestengt i {minutes} min til.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name}'s PIN is locked until the owner unlocks it on the staff screen.</source>
            <translation>For mange feil PIN-koder: PIN-koden til {name} er låst til eieren låser den opp i Ansatte-vinduet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Too many wrong PINs: {name}'s owner PIN is locked. Another owner can unlock it on the staff screen, or run “loyalty-pos admin staff unlock {name}” on this computer.</source>
            <translation>For mange feil PIN-koder: eier-PIN-koden til {name} er låst. En annen eier kan låse den opp i Ansatte-vinduet, eller kjør «loyalty-pos admin staff unlock {name}» på denne datamaskinen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Type a card number, or a name or phone that finds one member.</source>
            <translation>Skriv et kortnummer, eller et navn eller telefonnummer som finner ett medlem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} already has feedback.</source>
            <translation>Besøk {id} har allerede en tilbakemelding.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/audit.py" />
            <source>Visit {id} does not match its recorded refunds (the file was changed outside the app). Nothing was refunded; run the check (admin check).</source>
            <translation>Besøk {id} stemmer ikke med de registrerte refusjonene (filen er endret utenfor appen). Ingenting ble refundert; kjør kontrollen (admin check).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} has no member: refund it instead.</source>
            <translation>Besøk {id} har ikke noe medlem: refunder det i stedet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} is already refunded in full.</source>
            <translation>Besøk {id} er allerede refundert i sin helhet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} sold a gift card: void the card on the gift card screen.</source>
            <translation>Besøk {id} solgte et gavekort: annuller kortet i gavekortvinduet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was already voided.</source>
            <translation>Besøk {id} er allerede annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>Visit {id} was paid with a gift card, used a coupon, paid a referral bonus or was refunded: refund it instead of voiding it.</source>
            <translation>Besøk {id} ble betalt med gavekort, brukte en kupong, ga vervebonus eller er refundert: refunder det i stedet for å annullere det.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/refund_calc.py" />
            <source>Visit {id} was voided.</source>
            <translation>Besøk {id} er annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/feedback.py" />
            <source>Visit {id} was voided; it takes no feedback.</source>
            <translation>Besøk {id} er annullert; det kan ikke få tilbakemelding.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Visit {visit} charged {amount}: voiding it needs the owner's approval (above {limit}). Nothing was voided.</source>
            <translation>Besøk {visit} var på {amount}: å annullere det krever eierens godkjenning (over {limit}). Ingenting ble annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>Visit {visit} is from an earlier day: voiding it needs the owner's approval. Nothing was voided.</source>
            <translation>Besøk {visit} er fra en tidligere dag: å annullere det krever eierens godkjenning. Ingenting ble annullert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Wrong PIN for {name}.</source>
            <translation>Feil PIN-kode for {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Wrong PIN: nothing was erased.</source>
            <translation>Feil PIN: ingenting ble slettet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <location filename="../../loyalty_pos/domain/singlecode.py" />
            <source>Wrong check digit in {code}: the number was mistyped or misread. Scan or type it again.</source>
            <translation>Feil kontrollsiffer i {code}: nummeret er tastet eller lest feil. Skann eller tast det på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{broken} of {rows} rows cannot be imported (the first is line {line}). Nothing was imported.</source>
            <translation>{broken} av {rows} rader kan ikke importeres (den første er linje {line}). Ingenting ble importert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a coupon, not a gift card.</source>
            <translation>{code} er en kupong, ikke et gavekort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{code} is a gift card or a coupon, not a member card.</source>
            <translation>{code} er et gavekort eller en kupong, ikke et medlemskort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a gift card, not a coupon.</source>
            <translation>{code} er et gavekort, ikke en kupong.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>{code} is a member card, not a coupon.</source>
            <translation>{code} er et medlemskort, ikke en kupong.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/giftcards.py" />
            <source>{code} is a member card, not a gift card.</source>
            <translation>{code} er et medlemskort, ikke et gavekort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>{code} is a product barcode, not a loyalty card (card numbers start with 20 to 29).</source>
            <translation>{code} er en strekkode for en vare, ikke et medlemskort (kortnumre starter med 20 til 29).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{code} is already a gift card or coupon of this shop.</source>
            <translation>{code} er allerede et gavekort eller en kupong i denne butikken.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {day} is in the future.</source>
            <translation>{column}: {day} er fram i tid.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: {value} is more than a balance can hold.</source>
            <translation>{column}: {value} er mer enn en saldo kan romme.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is neither yes nor no.</source>
            <translation>{column}: «{value}» er verken ja eller nei.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a date (use YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. or DD/MM/YYYY).</source>
            <translation>{column}: «{value}» er ikke en dato (bruk ÅÅÅÅ-MM-DD, DD.MM.ÅÅÅÅ, ÅÅÅÅ.MM.DD. eller DD/MM/ÅÅÅÅ).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not a whole number of 0 or more.</source>
            <translation>{column}: «{value}» er ikke et helt tall på 0 eller mer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” is not an amount in {currency}.</source>
            <translation>{column}: «{value}» er ikke et beløp i {currency}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}” was shortened by the spreadsheet (scientific notation) and the number is lost. Format the column as text and save the file again.</source>
            <translation>{column}: «{value}» ble forkortet av regnearket (vitenskapelig notasjon), og tallet er tapt. Formater kolonnen som tekst og lagre filen på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>{column}: “{value}”: {currency} amounts have at most {digits} decimals.</source>
            <translation>{column}: «{value}»: beløp i {currency} har høyst {digits} desimaler.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>{currency} amounts have at most {digits} decimals.</source>
            <translation>Beløp i {currency} har høyst {digits} desimaler.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} cannot be read back ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>{file} kan ikke leses tilbake ({problem}), så den ble ikke gjenopprettet. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} could not be updated to this version ({error}). Nothing was changed.</source>
            <translation>{file} kunne ikke oppdateres til denne versjonen ({error}). Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not have the tables and safeguards this version makes ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>{file} mangler tabellene og sikringene denne versjonen lager ({problem}), så den ble ikke gjenopprettet. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} does not pass the check ({problem}), so it was not restored. Nothing was changed.</source>
            <translation>{file} besto ikke kontrollen ({problem}), så den ble ikke gjenopprettet. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is a database, but not one of Loyalty POS, so it cannot be restored. Nothing was changed.</source>
            <translation>{file} er en database, men ikke fra Loyalty POS, så den kan ikke gjenopprettes. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is damaged (SQLite's check says: {problem}), so it cannot be restored. Nothing was changed.</source>
            <translation>{file} er skadet (SQLite-kontrollen sier: {problem}), så den kan ikke gjenopprettes. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is not an SQLite database (or is too damaged to open), so it cannot be restored. Nothing was changed.</source>
            <translation>{file} er ikke en SQLite-database (eller er for skadet til å åpnes), så den kan ikke gjenopprettes. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} is the shop's live database, not a backup of it.</source>
            <translation>{file} er butikkens aktive database, ikke en sikkerhetskopi av den.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{file} was made by a newer version of Loyalty POS. Update the app, then restore it. Nothing was changed.</source>
            <translation>{file} ble laget av en nyere versjon av Loyalty POS. Oppdater appen og gjenopprett den deretter. Ingenting ble endret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/backups.py" />
            <source>{folder} is not a folder. Nothing was saved.</source>
            <translation>{folder} er ikke en mappe. Ingenting ble lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/approvals.py" />
            <source>{key} is a whole amount in minor units (forints, đồng, øre, cents) from 0 to {max}, not “{value}”.</source>
            <translation>{key} er et helt beløp i minste myntenhet (forint, đồng, øre, cent) fra 0 til {max}, ikke «{value}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the e-mail {value}.</source>
            <translation>{name} (kort {card}) har allerede e-postadressen {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/imports.py" />
            <source>{name} (card {card}) already has the phone number {value}.</source>
            <translation>{name} (kort {card}) har allerede telefonnummeret {value}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/members.py" />
            <source>{name} already has this phone number or e-mail (card {card}). Open that member, or enroll anyway.</source>
            <translation>{name} har allerede dette telefonnummeret eller denne e-postadressen (kort {card}). Åpne det medlemmet, eller registrer likevel.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} has no PIN yet.</source>
            <translation>{name} har ingen PIN-kode ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>{name} is not active.</source>
            <translation>{name} er ikke aktiv.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <location filename="../../loyalty_pos/services/visits.py" />
            <source>{name}: the daily limit of {limit} stamps is reached. No stamps were added.</source>
            <translation>{name}: dagsgrensen på {limit} stempler er nådd. Ingen stempler ble lagt til.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} cannot be written ({error}): the file or its folder is read-only. Nothing is wrong with the data; give this user write access to the folder.</source>
            <translation>{path} kan ikke skrives ({error}): filen eller mappen er skrivebeskyttet. Det er ingenting galt med dataene; gi denne brukeren skrivetilgang til mappen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is busy: another program holds it ({error}). Close the other Loyalty POS window or admin command, then try again.</source>
            <translation>{path} er opptatt: et annet program holder den ({error}). Lukk det andre Loyalty POS-vinduet eller administrasjonskommandoen, og prøv igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is damaged ({error}), so nothing can be saved in it. Restore the newest good backup.</source>
            <translation>{path} er skadet ({error}), så ingenting kan lagres i den. Gjenopprett den nyeste gode sikkerhetskopien.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/store/database.py" />
            <source>{path} is not a usable database: {error}</source>
            <translation>{path} er ikke en brukbar database: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>{problem}: {path} (it was {size} bytes). Nothing was written. Newest backup: {backup}. Restore it with: loyalty-pos admin --db "{path}" init --force, then: loyalty-pos admin --db "{path}" backup restore {backup}</source>
            <translation>{problem}: {path} (den var {size} byte). Ingenting ble skrevet. Nyeste sikkerhetskopi: {backup}. Gjenopprett den med: loyalty-pos admin --db "{path}" init --force, deretter: loyalty-pos admin --db "{path}" backup restore {backup}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop_identity.py" />
            <source>{problem}: {path} (it was {size} bytes). Nothing was written. No backup was found beside it: look for a copy on a USB stick.</source>
            <translation>{problem}: {path} (den var {size} byte). Ingenting ble skrevet. Ingen sikkerhetskopi ble funnet ved siden av: se etter en kopi på en minnepinne.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/money.py" />
            <source>“{amount}” is not an amount.</source>
            <translation>«{amount}» er ikke et beløp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{birthday}” is not a date (use YYYY-MM-DD).</source>
            <translation>«{birthday}» er ikke en dato (bruk ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/coupons.py" />
            <source>“{code}” cannot be a coupon code: use 3 to 20 letters, digits or hyphens, with at least one letter.</source>
            <translation>«{code}» kan ikke være en kupongkode: bruk 3 til 20 bokstaver, sifre eller bindestreker, med minst én bokstav.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/cardnumber.py" />
            <source>“{code}” is not a card code. Scan the card again.</source>
            <translation>«{code}» er ikke en kortkode. Skann kortet på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>“{code}” is not a card number of this shop: the member gets a new card, and the old number goes into the notes.</source>
            <translation>«{code}» er ikke et kortnummer fra denne butikken: medlemmet får et nytt kort, og det gamle nummeret legges i notatene.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/coupons.py" />
            <source>“{code}” is not a coupon code.</source>
            <translation>«{code}» er ikke en kupongkode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{email}” is not an e-mail address.</source>
            <translation>«{email}» er ikke en e-postadresse.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/card_design.py" />
            <source>“{path}” is not a picture.</source>
            <translation>«{path}» er ikke et bilde.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/validation.py" />
            <source>“{phone}” is not a phone number.</source>
            <translation>«{phone}» er ikke et telefonnummer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/checkout.py" />
            <source>“{reward}” costs {cost} points; the member has {held}.</source>
            <translation>«{reward}» koster {cost} poeng; medlemmet har {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/consents.py" />
            <source>“{source}” is not a source of consent.</source>
            <translation>«{source}» er ikke en kilde for samtykke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a multiplier: use a number from 1 to 10 with at most two decimals, e.g. {example}.</source>
            <translation>«{text}» kan ikke være en faktor: bruk et tall fra 1 til 10 med høyst to desimaler, f.eks. {example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a percent discount: use a whole number from 1 to 100.</source>
            <translation>«{text}» kan ikke være en prosentrabatt: bruk et helt tall fra 1 til 100.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” cannot be a percentage here: use at most two decimals, between {low} % and 100 %.</source>
            <translation>«{text}» kan ikke være en prosentsats her: bruk høyst to desimaler, mellom {low} % og 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” has too many decimals for a multiplier: use at most two decimals, e.g. ×{example}.</source>
            <translation>«{text}» har for mange desimaler for en faktor: bruk høyst to desimaler, f.eks. ×{example}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/rates.py" />
            <source>“{text}” has too many decimals: use at most two decimals, between {low} % and 100 %.</source>
            <translation>«{text}» har for mange desimaler: bruk høyst to desimaler, mellom {low} % og 100 %.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/card_design.py" />
            <source>“{value}” is not a colour like #0b4f9c.</source>
            <translation>«{value}» er ikke en farge som #0b4f9c.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/shop.py" />
            <source>“{value}” is not a currency code (e.g. HUF, VND, NOK).</source>
            <translation>«{value}» er ikke en valutakode (f.eks. NOK, EUR, HUF).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/customer_screen.py" />
            <source>“{value}” is not the name of a screen or a camera.</source>
            <translation>«{value}» er ikke navnet på en skjerm eller et kamera.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>0 = not at all</source>
            <translation>0 = slett ikke</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>10 = certainly</source>
            <translation>10 = helt sikkert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Anything you would like to tell us? (optional)</source>
            <translation>Noe du vil fortelle oss? (valgfritt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Esc: send the score without a comment</source>
            <translation>Esc: send svaret uten kommentar</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>How likely are you to recommend us to a friend?</source>
            <translation>Hvor sannsynlig er det at du vil anbefale oss til en venn?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Key {key}</source>
            <translation>Tast {key}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Keys 0–9, + for 10 · Esc: skip</source>
            <translation>Tastene 0–9, + for 10 · Esc: hopp over</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Send (Enter)</source>
            <translation>Send (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Thank you! You gave {score}.</source>
            <translation>Takk! Du ga {score}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>That was a scan, not an answer: nothing was saved. Esc skips the question; then scan the card again.</source>
            <translation>Det var en skanning, ikke et svar: ingenting ble lagret. Esc hopper over spørsmålet; skann så kortet på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/feedback_dialog.py" />
            <source>Your opinion</source>
            <translation>Din mening</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>(at most {amount})</source>
            <translation>(maks {amount})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>A free item</source>
            <translation>En gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>Free {item}</source>
            <translation>Gratis {item}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>REFUNDED: {what}</source>
            <translation>REFUNDERT: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>Refunded {amount}: {what}</source>
            <translation>Refundert {amount}: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>VOIDED ({reason}): {what}</source>
            <translation>ANNULLERT ({reason}): {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>card complete</source>
            <translation>kortet fullt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>earlier today</source>
            <translation>tidligere i dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>first visit</source>
            <translation>første besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>no change</source>
            <translation>ingen endring</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>reward given</source>
            <translation>belønning gitt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>yesterday</source>
            <translation>i går</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{amount} off</source>
            <translation>{amount} rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{amount} · {what}</source>
            <translation>{amount} · {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{change} used</source>
            <translation>{change} brukt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} days ago</source>
            <translation>for {n} dager siden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} months ago</source>
            <translation>for {n} måneder siden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} weeks ago</source>
            <translation>for {n} uker siden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n} years ago</source>
            <translation>for {n} år siden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}nd visit</source>
            <translation>{n}. besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}rd visit</source>
            <translation>{n}. besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}st visit</source>
            <translation>{n}. besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{n}th visit</source>
            <translation>{n}. besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{percent} % off</source>
            <translation>{percent} % rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{program} {change}</source>
            <translation>{program} {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{reward} ({amount} off)</source>
            <translation>{reward} ({amount} rabatt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{reward} ({percent}% off)</source>
            <translation>{reward} ({percent} % rabatt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/wording.py" />
            <source>{stamps} / {needed}</source>
            <translation>{stamps} / {needed}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/formatting.py" />
            <source>{visit} · last here {when}</source>
            <translation>{visit} · sist her {when}</translation>
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
            <translation>Et gavekort på</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>A scan can't be used here: nothing was sold. Enter sells, Esc goes back.</source>
            <translation>En skanning kan ikke brukes her: ingenting ble solgt. Enter selger, Esc går tilbake.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Above the owner's limit of {limit}: approved by the owner.</source>
            <translation>Over eierens grense på {limit}: godkjent av eieren.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Above the owner's limit of {limit}: the owner's PIN comes next.</source>
            <translation>Over eierens grense på {limit}: deretter må eieren taste PIN-koden.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Back (Esc)</source>
            <translation>Tilbake (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Sell (Enter)</source>
            <translation>Selg (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Sell this gift card?</source>
            <translation>Selge dette gavekortet?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>never expires</source>
            <translation>utløper aldri</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>valid until {date}</source>
            <translation>gyldig t.o.m. {date}</translation>
        </message>
    </context>
    <context>
        <name>GiftCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Amount</source>
            <translation>&amp;Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Code</source>
            <translation>&amp;Kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Look up a gift card</source>
            <translation>&amp;Slå opp et gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>&amp;Sell a gift card</source>
            <translation>Se&amp;lg et gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>, valid until {date}</source>
            <translation>, gyldig t.o.m. {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Card {code}, sold for {amount}</source>
            <translation>Kort {code}, solgt for {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>E&amp;xpires on</source>
            <translation>&amp;Utløper</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>EXPIRED on {date}</source>
            <translation>UTLØPT {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card code</source>
            <translation>Gavekortkode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card worth {amount} issued{expiry}. Its code:</source>
            <translation>Gavekort på {amount} er utstedt{expiry}. Koden er:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {balance} left.</source>
            <translation>Gavekort {code}: {balance} igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift card {code}: {value}</source>
            <translation>Gavekort {code}: {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Gift cards</source>
            <translation>Gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>History</source>
            <translation>Historikk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Issue the card (Enter)</source>
            <translation>Utsted kortet (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Look up (Enter)</source>
            <translation>Slå opp (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>New gift card code</source>
            <translation>Ny gavekortkode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Note</source>
            <translation>Merknad</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print gift card</source>
            <translation>Skriv ut gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Print the card… (Ctrl+P)</source>
            <translation>Skriv ut kortet… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Scan or type the gift card's code</source>
            <translation>Skann eller skriv inn koden på gavekortet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Staff</source>
            <translation>Ansatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>Unexpected error, nothing was sold: {error}</source>
            <translation>Uventet feil, ingenting ble solgt: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>VOIDED: cannot be used</source>
            <translation>ANNULLERT: kan ikke brukes</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>What</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>YYYY-MM-DD (empty: never expires)</source>
            <translation>ÅÅÅÅ-MM-DD (tomt: utløper aldri)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>corrected</source>
            <translation>korrigert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>expired</source>
            <translation>utløpt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>never expires</source>
            <translation>utløper aldri</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>paid with</source>
            <translation>betalt med</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>refund put back</source>
            <translation>refusjon tilbakeført</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>sold</source>
            <translation>solgt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>valid until {date}</source>
            <translation>gyldig t.o.m. {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>voided</source>
            <translation>annullert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>{balance} left</source>
            <translation>{balance} igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/gift_cards_dialog.py" />
            <source>“{text}” is not a date (use YYYY-MM-DD).</source>
            <translation>«{text}» er ikke en dato (bruk ÅÅÅÅ-MM-DD).</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../loyalty_pos/domain/member_import.py" />
            <source>Old card: {code}</source>
            <translation>Gammelt kort: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>birthday</source>
            <translation>bursdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>blocked</source>
            <translation>sperret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>card number</source>
            <translation>kortnummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>family name</source>
            <translation>etternavn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>first name</source>
            <translation>fornavn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>marketing consent</source>
            <translation>samtykke</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>member since</source>
            <translation>medlem siden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>name</source>
            <translation>navn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>notes</source>
            <translation>notater</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>rewards ready</source>
            <translation>belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>stamps</source>
            <translation>stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>store credit</source>
            <translation>tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/domain/import_columns.py" />
            <source>uses left</source>
            <translation>klipp</translation>
        </message>
    </context>
    <context>
        <name>ImportExportDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>1  Members: card, contact, consent, balances</source>
            <translation>1  Medlemmer: kort, kontakt, samtykke, saldoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>2  Visits: date, member, amounts, items</source>
            <translation>2  Besøk: dato, medlem, beløp, varer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>3  Ledger: every change of every balance</source>
            <translation>3  Transaksjonslogg: hver endring av hver saldo</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>An import of this file stopped after {done} of {rows} rows. Import (Ctrl+I) goes on from there.</source>
            <translation>En import av denne filen stoppet etter {done} av {rows} rader. Importer (Ctrl+I) fortsetter derfra.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a CSV file… (Ctrl+O)</source>
            <translation>Velg en CSV-fil… (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Choose a file to import.</source>
            <translation>Velg en fil å importere.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Columns: {list}</source>
            <translation>Kolonner: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Discard the unfinished import (Ctrl+D)</source>
            <translation>Forkast den uferdige importen (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export (Ctrl+2)</source>
            <translation>Eksporter (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export to a CSV file</source>
            <translation>Eksporter til en CSV-fil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Export… (Ctrl+E)</source>
            <translation>Eksporter… (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import (Ctrl+I)</source>
            <translation>Importer (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import and export</source>
            <translation>Import og eksport</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members</source>
            <translation>Importer medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import members (Ctrl+1)</source>
            <translation>Importer medlemmer (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Import: {valid} of {rows} rows (Ctrl+I)</source>
            <translation>Importer {valid} av {rows} rader (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Importing… {percent} %</source>
            <translation>Importerer… {percent} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Members imported: {n}.</source>
            <translation>Medlemmer importert: {n}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>No file chosen yet.</source>
            <translation>Ingen fil er valgt ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Not imported: {list}</source>
            <translation>Ikke importert: {list}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. All are ready to import.</source>
            <translation>Rader: {rows}. Alle er klare til import.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Rows: {rows}. Ready: {valid}. Broken (in red): {broken}. Nothing is imported while a row is broken.</source>
            <translation>Rader: {rows}. Klare: {valid}. Med feil (i rødt): {broken}. Ingenting importeres så lenge en rad har feil.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Show only the broken rows (Ctrl+B)</source>
            <translation>Vis bare radene med feil (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skip the broken rows ({n}) and import the others (Ctrl+K)</source>
            <translation>Hopp over radene med feil ({n}) og importer resten (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Skipped broken lines: {lines}.</source>
            <translation>Hoppet over linjer med feil: {lines}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>The unfinished import was discarded.</source>
            <translation>Den uferdige importen ble forkastet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>UTF-8 for Excel, LibreOffice and Google Sheets. The members file can be imported again, balances included.</source>
            <translation>UTF-8 for Excel, LibreOffice og Google Sheets. Medlemsfilen kan importeres igjen, med saldoer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>Written: {path} (rows: {rows}).</source>
            <translation>Skrevet: {path} (rader: {rows}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>tab</source>
            <translation>tabulator</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_export_dialog.py" />
            <source>{file} ({encoding}, separator “{sep}”)</source>
            <translation>{file} ({encoding}, skilletegn «{sep}»)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line</source>
            <translation>Linje</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Line {line} · {name}</source>
            <translation>Linje {line} · {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Opening balances</source>
            <translation>Startsaldoer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>Problems and notes</source>
            <translation>Problemer og merknader</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>blocked</source>
            <translation>sperret</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/import_preview.py" />
            <source>new card</source>
            <translation>nytt kort</translation>
        </message>
    </context>
    <context>
        <name>ItemPicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>Items</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/items.py" />
            <source>{item} · usual</source>
            <translation>{item} · det vanlige</translation>
        </message>
    </context>
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/language_box.py" />
            <source>Computer’s language ({language})</source>
            <translation>Datamaskinens språk ({language})</translation>
        </message>
    </context>
    <context>
        <name>Liability</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Adjusted</source>
            <translation>Korrigert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>All programs</source>
            <translation>Alle programmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>At the start of {period}: {opening}</source>
            <translation>Ved starten av perioden {period}: {opening}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Closing</source>
            <translation>Utgående</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Expired</source>
            <translation>Utløpt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Gift cards</source>
            <translation>Gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>In money</source>
            <translation>I penger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Issued</source>
            <translation>Utstedt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>No point value is set for these points: they have no money value here.</source>
            <translation>Det er ikke satt noen poengverdi for disse poengene: de har ingen pengeverdi her.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>No programs and no gift cards yet.</source>
            <translation>Ingen programmer og ingen gavekort ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Opening</source>
            <translation>Inngående</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Opening + issued − redeemed − expired + refunded + adjusted = closing. Refunded and adjusted are signed (+ back to customers, − taken back). Points are valued at their point value, pass uses at price ÷ uses (rounded down), ready rewards at a fixed amount off; lines without a money value are not in the total.</source>
            <translation>Inngående saldo + utstedt − innløst − utløpt + refundert + korrigert = utgående saldo. Refundert og korrigert har fortegn (+ tilbake til kundene, − tatt tilbake). Poeng verdsettes etter poengverdien, klipp etter pris ÷ antall klipp (rundet ned), klare belønninger etter det faste rabattbeløpet; linjer uten pengeverdi er ikke med i totalen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Owed in money at the end of {day}: {closing}</source>
            <translation>Skyldig i penger ved utgangen av {day}: {closing}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Owed without a money value (not in the totals): {lines}</source>
            <translation>Skyldig uten pengeverdi (ikke med i totalene): {lines}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Points</source>
            <translation>Poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Redeemed</source>
            <translation>Innløst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Refunded</source>
            <translation>Refundert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Rewards in money</source>
            <translation>Belønninger i penger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Rewards ready</source>
            <translation>Klare belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Stamps</source>
            <translation>Stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Stamps on unfinished cards are not owed yet and have no money value.</source>
            <translation>Stempler på uferdige kort skyldes ikke ennå og har ingen pengeverdi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Store credit</source>
            <translation>Tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>The pass has no price: its uses have no money value.</source>
            <translation>Klippekortet har ingen pris: klippene har ingen pengeverdi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>The reward is a free item or a percentage off: no fixed money value. Stamps on unfinished cards are not owed yet.</source>
            <translation>Belønningen er en gratis vare eller en prosentrabatt: ingen fast pengeverdi. Stempler på uferdige kort skyldes ikke ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Total in money</source>
            <translation>Totalt i penger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Uses</source>
            <translation>Klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>Value</source>
            <translation>Verdi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>prepaid pass</source>
            <translation>forhåndsbetalt klippekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>punch card</source>
            <translation>stempelkort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/liability.py" />
            <source>store credit</source>
            <translation>tilgode</translation>
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
                <numerusform>%n kupong kan brukes: trykk Mellomrom på den under Bruk.</numerusform>
                <numerusform>%n kuponger kan brukes: trykk Mellomrom på dem under Bruk.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>&amp;Open {other}, drop the visit</source>
            <translation>Å&amp;pne {other}, forkast besøket</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Another member's card</source>
            <translation>Et annet medlems kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Apply</source>
            <translation>Bruk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Card {code} was a duplicate's, merged into {name}.</source>
            <translation>Kort {code} tilhørte et duplikat som er slått sammen med {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Cards</source>
            <translation>Kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Confirm visit</source>
            <translation>Bekreft besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Coupon code</source>
            <translation>Kupongkode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Edit</source>
            <translation>Rediger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Edit member…</source>
            <translation>Rediger medlem…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Enroll</source>
            <translation>Registrer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>F3: Enroll new member</source>
            <translation>F3: Registrer nytt medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>F3: Enroll with this card</source>
            <translation>F3: Registrer med dette kortet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Find member (F2)</source>
            <translation>Finn medlem (F2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Keep the visit (Enter)</source>
            <translation>Behold besøket (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Kept the visit of {name}: confirm it (Enter), then scan the next card.</source>
            <translation>Beholdt besøket til {name}: bekreft det (Enter), og skann så neste kort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Loyalty POS — {shop}</source>
            <translation>Loyalty POS — {shop}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Next</source>
            <translation>Neste</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Next customer</source>
            <translation>Neste kunde</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation>Neste kunde: skann et kort eller søk (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>No reward is ready for {name}.</source>
            <translation>{name} har ingen belønning klar.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Nobody found for “{text}”.</source>
            <translation>Ingen treff for «{text}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Notes</source>
            <translation>Notat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Notes saved.</source>
            <translation>Notatene er lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Open a member first (scan or F2).</source>
            <translation>Åpne et medlem først (skann eller F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Open {other} and drop that visit (the amount, items and rewards entered)?</source>
            <translation>Åpne {other} og forkaste det besøket (beløpet, varene og belønningene som er tastet inn)?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Opened {name}.</source>
            <translation>Åpnet {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Programs…</source>
            <translation>Programmer…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Ready. Scan a card, or search by name or phone (F2).</source>
            <translation>Klar. Skann et kort, eller søk på navn eller telefon (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Ready: {rewards}.</source>
            <translation>Klar: {rewards}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Redeem</source>
            <translation>Løs inn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Redeem reward</source>
            <translation>Løs inn belønning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Redeem: {reward}. Press Enter to confirm.</source>
            <translation>Løs inn: {reward}. Trykk Enter for å bekrefte.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Refund</source>
            <translation>Refunder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Refund…</source>
            <translation>Refunder…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Rewards</source>
            <translation>Belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Rewards set-up…</source>
            <translation>Oppsett av belønninger…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Save notes</source>
            <translation>Lagre notater</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Scanner trouble: type the card number and press Enter. Restart to retry.</source>
            <translation>Problem med skanneren: skriv kortnummeret og trykk Enter. Start på nytt for å prøve igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Search</source>
            <translation>Søk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>The visit of {name} is not confirmed yet.</source>
            <translation>Besøket til {name} er ikke bekreftet ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/main_window.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>Usual: {item}.</source>
            <translation>Det vanlige: {item}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Void</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Void visit…</source>
            <translation>Annuller besøk…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/counter_scan.py" />
            <source>{name} is open already: the visit goes on.</source>
            <translation>{name} er allerede åpnet: besøket fortsetter.</translation>
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
            <translation>Tilbake til standard</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Set as their own</source>
            <translation>Sett som eget beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>The shop's default ({default}), as for every member.</source>
            <translation>Butikkens standard ({default}), som for alle medlemmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/allowance_row.py" />
            <source>Their own amount (the shop's default is {default}).</source>
            <translation>Eget beløp (butikkens standard er {default}).</translation>
        </message>
    </context>
    <context>
        <name>MemberDataDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;1 Consent register</source>
            <translation>&amp;1 Samtykkeregister</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;2 A member: export, erase, merge</source>
            <translation>&amp;2 Et medlem: eksport, sletting, sammenslåing</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Export the register (CSV)…</source>
            <translation>&amp;Eksporter registeret (CSV)…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Merge the duplicate into this member…</source>
            <translation>&amp;Slå sammen duplikatet med dette medlemmet…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>&amp;Who</source>
            <translation>&amp;Hvem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Access</source>
            <translation>Innsyn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Card number, or a name or phone</source>
            <translation>Kortnummer, eller navn eller telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Duplicate</source>
            <translation>Duplikat</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>E&amp;rase their personal data…</source>
            <translation>Sl&amp;ett personopplysningene…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>E&amp;xport all their data (JSON and CSV)…</source>
            <translation>E&amp;ksporter alle opplysningene (JSON og CSV)…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erased. Backups taken before keep the data until they rotate out.</source>
            <translation>Slettet. Sikkerhetskopier tatt før beholder opplysningene til de roteres ut.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Erasure</source>
            <translation>Sletting</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Every answer to the consent question, newest first: nothing is overwritten. A channel never asked counts as no.</source>
            <translation>Alle svar på samtykkespørsmålet, nyeste først: ingenting overskrives. En kanal som aldri er spurt, teller som nei.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Export</source>
            <translation>Eksporter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Find (Enter)</source>
            <translation>Finn (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>JSON files (*.json)</source>
            <translation>JSON-filer (*.json)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Members' data</source>
            <translation>Medlemmenes opplysninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Merge members</source>
            <translation>Slå sammen medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Merge {other} (card {other_card}) into {keep} (card {keep_card})? Their balances, coupons and consents move to {keep}; this cannot be undone.</source>
            <translation>Slå sammen {other} (kort {other_card}) med {keep} (kort {keep_card})? Saldoer, kuponger og samtykker flyttes til {keep}; dette kan ikke angres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Nobody chosen yet.</source>
            <translation>Ingen valgt ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>O&amp;ffline allowance</source>
            <translation>G&amp;rense uten nett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Recorded by</source>
            <translation>Registrert av</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>The duplicate's card number</source>
            <translation>Duplikatets kortnummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Wording</source>
            <translation>Tekstversjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Written: {path} ({rows} rows).</source>
            <translation>Skrevet: {path} ({rows} rader).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>Written: {path} and {summary}.</source>
            <translation>Skrevet: {path} og {summary}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>duplicate of member #{id}</source>
            <translation>duplikat av medlem #{id}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>e-mail</source>
            <translation>e-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>no</source>
            <translation>nei</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>post</source>
            <translation>brevpost</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>{name} (member #{id}, card {card})</source>
            <translation>{name} (medlem #{id}, kort {card})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_data_dialog.py" />
            <source>{other} was merged into {keep}.</source>
            <translation>{other} er slått sammen med {keep}.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Approved by the owner: {why}.</source>
            <translation>Godkjent av eieren: {why}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>No visit to void: open a member with visits first.</source>
            <translation>Ingen besøk å annullere: åpne først et medlem som har besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Open a member first (scan or F2), then F4 to edit.</source>
            <translation>Åpne et medlem først (skann eller F2), og trykk så F4 for å redigere.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Saved the details of {name}.</source>
            <translation>Opplysningene om {name} er lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>The owner's PIN is needed: {why}.</source>
            <translation>Eierens PIN-kode kreves: {why}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Visit voided: {reason}</source>
            <translation>Besøket er annullert: {reason}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_dialogs.py" />
            <source>Welcome, {name}! Card {card}.</source>
            <translation>Velkommen, {name}! Kort {card}.</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>%n stamp(s) expire by {date}</source>
            <translation>
                <numerusform>%n stempel utløper innen {date}</numerusform>
                <numerusform>%n stempler utløper innen {date}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Birthday: {date}</source>
            <translation>Bursdag: {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Card {card}
member since {since}</source>
            <translation>Kort {card}
medlem siden {since}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Cashier</source>
            <translation>Kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>E-mail: {email}</source>
            <translation>E-post: {email}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Last visits</source>
            <translation>Siste besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No phone or e-mail.</source>
            <translation>Ingen telefon eller e-post.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No punch cards yet.</source>
            <translation>Ingen stempelkort ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>No visits yet.</source>
            <translation>Ingen besøk ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Notes about this member</source>
            <translation>Notater om medlemmet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Phone: {phone}</source>
            <translation>Telefon: {phone}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Refund… (F7)</source>
            <translation>Refunder… (F7)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Scan a card, or search by name or phone (F2).</source>
            <translation>Skann et kort, eller søk på navn eller telefon (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Tier</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>Void… (F8)</source>
            <translation>Annuller… (F8)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>What</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/member_panel.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <source>Card {card} · member since {since}</source>
            <translation type="vanished">Kort {card} · medlem siden {since}</translation>
        </message>
        <message>
            <source>{n} stamps expire by {date}</source>
            <translation type="vanished">{n} stempler utløper innen {date}</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>0–100: the mean of reach (active members ÷ the members enrolled by the end of the period and those active in it who enrolled later), repurchase rate and retention rate.</source>
            <translation>0–100: gjennomsnittet av rekkevidde (aktive medlemmer ÷ medlemmene registrert innen periodens slutt og de som var aktive i perioden, men ble registrert senere), gjenkjøpsrate og gjenkomstrate.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>1 − retention rate.</source>
            <translation>1 − gjenkomstrate.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Active members</source>
            <translation>Aktive medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Amounts charged to members in the period, after discounts, less what was refunded on those visits (a refund counts in the period of its visit).</source>
            <translation>Beløp medlemmene har betalt i perioden, etter rabatter, minus det som er refundert på de besøkene (en refusjon teller i perioden til besøket).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Average spend</source>
            <translation>Snittkjøp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Churn rate</source>
            <translation>Frafallsrate</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Confirmed member visits in the period. Voided visits and visits refunded in full do not count.</source>
            <translation>Bekreftede medlemsbesøk i perioden. Annullerte og fullt refunderte besøk teller ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Customer lifetime value</source>
            <translation>Kundens livstidsverdi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Engagement index</source>
            <translation>Engasjementsindeks</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Estimate: sales per customer in the period × expected number of periods a member stays (1 ÷ churn rate), at most 5 years' worth.</source>
            <translation>Anslag: salg per kunde i perioden × forventet antall perioder et medlem blir værende (1 ÷ frafallsrate), høyst tilsvarende 5 år.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members enrolled in the period.</source>
            <translation>Medlemmer registrert i perioden.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with at least one visit in the period, whenever they enrolled (imported visits count too).</source>
            <translation>Medlemmer med minst ett besøk i perioden, uansett når de ble registrert (importerte besøk teller også).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Members with two or more visits in the period ÷ active members.</source>
            <translation>Medlemmer med to eller flere besøk i perioden ÷ aktive medlemmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Net promoter score: % of scores 9–10 minus % of scores 0–6 over the feedback given in the period, rounded to a whole number (−100 to 100).</source>
            <translation>Net Promoter Score: % svar på 9–10 minus % svar på 0–6 blant tilbakemeldingene i perioden, avrundet til et helt tall (−100 til 100).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>New members</source>
            <translation>Nye medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Of the members active in the previous period of the same length, the share active again in this one.</source>
            <translation>Andelen av medlemmene som var aktive i forrige like lange periode, som er aktive igjen i denne.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Outstanding liability</source>
            <translation>Utestående forpliktelser</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch cards completed in the period (visits not voided).</source>
            <translation>Stempelkort fullført i perioden (annullerte besøk teller ikke).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Punch-card completion</source>
            <translation>Fullføringsrate</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Redemption rate</source>
            <translation>Innløsningsrate</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Repurchase rate</source>
            <translation>Gjenkjøpsrate</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Retention rate</source>
            <translation>Gjenkomstrate</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards given to members in the period: punch-card and points rewards.</source>
            <translation>Belønninger gitt til medlemmer i perioden: stempelkort- og poengbelønninger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards issued</source>
            <translation>Belønninger opptjent</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed</source>
            <translation>Belønninger innløst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Rewards redeemed ÷ rewards issued in the period; above 100 % when older rewards were redeemed.</source>
            <translation>Innløste ÷ opptjente belønninger i perioden; over 100 % når eldre belønninger er løst inn.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales</source>
            <translation>Salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales per customer</source>
            <translation>Salg per kunde</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ active members.</source>
            <translation>Salg ÷ aktive medlemmer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Sales ÷ visits.</source>
            <translation>Salg ÷ besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who bought items of more than one category in the period (needs items rung up at checkout).</source>
            <translation>Andelen aktive medlemmer som kjøpte varer fra mer enn én kategori i perioden (krever at varene slås inn i kassen).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Share of active members who completed at least one punch card.</source>
            <translation>Andelen aktive medlemmer som fullførte minst ett stempelkort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Upsell rate</source>
            <translation>Mersalgsrate</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>Visits</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/definitions.py" />
            <source>What members could claim today, in money: points (at the value of the most generous reward per point), store credit, prepaid pass uses, gift-card balances and ready punch-card rewards that are a fixed amount off. Free-item and percent rewards are counted but have no money value.</source>
            <translation>Det medlemmene kan kreve i dag, i penger: poeng (etter verdien til den gunstigste belønningen per poeng), tilgode, forhåndsbetalte klipp, gavekortsaldoer og klare stempelkortbelønninger med fast rabatt. Gratisvare- og prosentbelønninger telles, men har ingen pengeverdi.</translation>
        </message>
        <message>
            <source>0–100: the mean of reach (active members ÷ all members enrolled by the end of the period), repurchase rate and retention rate.</source>
            <translation type="vanished">0–100: gjennomsnittet av rekkevidde (aktive medlemmer ÷ alle medlemmer registrert innen periodens slutt), gjenkjøpsrate og gjenkomstrate.</translation>
        </message>
        <message>
            <source>Members with at least one visit in the period.</source>
            <translation type="vanished">Medlemmer med minst ett besøk i perioden.</translation>
        </message>
        <message>
            <source>liability</source>
            <translation type="vanished">forpliktelser</translation>
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
            <translation>Ny PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Once more</source>
            <translation>Gjenta</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>PIN-kodene er ulike. Skriv den samme PIN-koden to ganger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source> · until {date}</source>
            <translation> · til {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Coupon {name}: {terms}{until}</source>
            <translation>Kupong {name}: {terms}{until}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Pay with {name}: {points} = {value}</source>
            <translation>Betal med {name}: {points} = {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Rewards and payments to apply</source>
            <translation>Belønninger og betalinger som kan brukes</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {name}: {uses} uses for {price}</source>
            <translation>Selg {name}: {uses} klipp for {price}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Sell {tier} membership: {fee}</source>
            <translation>Selg {tier}-medlemskap: {fee}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Store credit: {part} of {amount}</source>
            <translation>Tilgode: {part} av {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use one {name} ({left} left)</source>
            <translation>Bruk ett klipp: {name} ({left} igjen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>Use store credit: {amount}</source>
            <translation>Bruk tilgode: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{name}: {part} of {points} = {value}</source>
            <translation>{name}: {part} av {points} = {value}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {cost} points</source>
            <translation>{reward} · {cost} poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/offers.py" />
            <source>{reward} · {program} ({n} ready)</source>
            <translation>{reward} · {program} (klar: {n})</translation>
        </message>
    </context>
    <context>
        <name>OfflineCounter</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n poeng</numerusform>
                <numerusform>%n poeng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n reward(s) ready</source>
            <translation>
                <numerusform>%n belønning klar</numerusform>
                <numerusform>%n belønninger klare</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n stempel</numerusform>
                <numerusform>%n stempler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>%n use(s) left</source>
            <translation>
                <numerusform>%n gang igjen</numerusform>
                <numerusform>%n ganger igjen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Amount paid</source>
            <translation>Betalt beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Amount paid ({sign})</source>
            <translation>Betalt beløp ({sign})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Balances as of the last sync ({when}): possibly out of date.</source>
            <translation>Saldo per siste synkronisering ({when}): kan være utdatert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Card {card}</source>
            <translation>Kort {card}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Enter: queue the visit
Esc: next customer
F2: search
F5: full counter</source>
            <translation>Enter: sett besøket i kø
Esc: neste kunde
F2: søk
F5: full kasse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>F5: Full counter</source>
            <translation>F5: Full kasse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Find member in the copy (F2)</source>
            <translation>Finn medlem i kopien (F2)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Loyalty POS — {shop} — offline</source>
            <translation>Loyalty POS — {shop} — frakoblet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Next customer: scan a card or search (F2).</source>
            <translation>Neste kunde: skann et kort eller søk (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>No balances yet.</source>
            <translation>Ingen saldo ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>No member open</source>
            <translation>Ingen medlem åpen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Nobody named “{text}” in the till's copy of the member list.</source>
            <translation>Ingen med navnet «{text}» i kassens kopi av medlemslisten.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Offline: the shop's server cannot be reached. Only visits that earn are taken; they are queued and sent when it is back. The member list is as of {when} and may be out of date.</source>
            <translation>Frakoblet: butikkens server kan ikke nås. Bare besøk som opptjener tas imot; de settes i kø og sendes når den er tilbake. Medlemslisten er per {when} og kan være utdatert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Open a member first: scan a card or search (F2).</source>
            <translation>Åpne et medlem først: skann et kort eller søk (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Opened {name} from the till's copy. Type the amount paid, then Enter.</source>
            <translation>Åpnet {name} fra kassens kopi. Skriv inn betalt beløp, og trykk Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Queued: {amount} for {name} ({n} waiting). Its points and stamps are added when the server is back.</source>
            <translation>I kø: {amount} for {name} ({n} venter). Poeng og stempler legges til når serveren er tilbake.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>Scan a card, or search by name (F2).</source>
            <translation>Skann et kort, eller søk på navn (F2).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Scan a card, or search by name (F2). Enter queues the visit.</source>
            <translation>Skann et kort, eller søk på navn (F2). Enter setter besøket i kø.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Store credit used</source>
            <translation>Butikkreditt brukt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server cannot be reached, and this till has no copy of the member list yet (it is made while the server answers). Try again when the network is back.</source>
            <translation>Butikkens server kan ikke nås, og denne kassen har ingen kopi av medlemslisten ennå (den lages mens serveren svarer). Prøv igjen når nettverket er tilbake.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The shop's server is back. Queue this visit (Enter) or press F5: the full counter opens.</source>
            <translation>Butikkens server er tilbake. Sett dette besøket i kø (Enter) eller trykk F5: full kasse åpnes.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/offline_switch.py" />
            <source>The shop's server is back: %n queued visit(s) sent. Scan the next card.</source>
            <translation>
                <numerusform>Butikkens server er tilbake: %n besøk i kø sendt. Skann neste kort.</numerusform>
                <numerusform>Butikkens server er tilbake: %n besøk i kø sendt. Skann neste kort.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The shop's server is still away; trying every 15 s.</source>
            <translation>Butikkens server er fortsatt borte; prøver hvert 15. sekund.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>The visit of {name} is not queued yet: press Enter to queue it, or Esc to drop it, then scan again.</source>
            <translation>Besøket til {name} er ikke satt i kø ennå: trykk Enter for å sette det i kø, eller Esc for å forkaste det, og skann igjen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>Type the amount paid, then press Enter.</source>
            <translation>Skriv inn betalt beløp, og trykk Enter.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>the shop</source>
            <translation>butikken</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_counter.py" />
            <source>{card}: stamps earned</source>
            <translation>{card}: opptjente stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/offline_member.py" />
            <source>{program}: {balance}</source>
            <translation>{program}: {balance}</translation>
        </message>
        <message>
            <source>Amount paid ({sign}) — Enter queues the visit</source>
            <translation type="vanished">Betalt beløp ({sign}) — Enter setter besøket i kø</translation>
        </message>
        <message>
            <source>Store credit used (only within the offline allowance)</source>
            <translation type="vanished">Butikkreditt brukt (bare innenfor frakoblet-rammen)</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Details are in {log}</source>
            <translation>Detaljer står i {log}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Not done</source>
            <translation>Ikke utført</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/ops.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+1 stamp · {program} {progress}</source>
            <translation>+1 stempel · {program} {progress}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{amount} {name}</source>
            <translation>+{amount} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>+{n} stamps · {program} {progress}</source>
            <translation>+{n} stempler · {program} {progress}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>+{n} {name}</source>
            <translation>+{n} {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Card complete! Reward ready: {reward}</source>
            <translation>Kortet er fullt! Belønning klar: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Cash due {amount}</source>
            <translation>Til betaling {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Coupon for the next visit: {code}</source>
            <translation>Kupong til neste besøk: {code}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Daily limit: only {added} of {requested} stamps given · {program}</source>
            <translation>Dagsgrense: bare {added} av {requested} stempler gitt · {program}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Daily points limit reached: fewer points given.</source>
            <translation>Dagsgrensen for poeng er nådd: færre poeng gitt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>GIVE: {reward}</source>
            <translation>GI UT: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>Now {tier}!</source>
            <translation>Nå {tier}!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>This visit was already confirmed. Nothing was added again.</source>
            <translation>Dette besøket er allerede bekreftet. Ingenting ble lagt til på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/outcome.py" />
            <source>Visit confirmed.</source>
            <translation>Besøket er bekreftet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/outcome.py" />
            <source>discount {amount}</source>
            <translation>rabatt {amount}</translation>
        </message>
    </context>
    <context>
        <name>OwnerActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>1  Staff and PINs</source>
            <translation>1  Ansatte og PIN-koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>2  Settings</source>
            <translation>2  Innstillinger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>3  Reports</source>
            <translation>3  Rapporter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>4  Programs</source>
            <translation>4  Programmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>5  Backups and restore</source>
            <translation>5  Sikkerhetskopier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>6  Import and export</source>
            <translation>6  Import og eksport</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>7  Audit trail</source>
            <translation>7  Revisjonslogg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>8  Members' data: consents, export, erase, merge</source>
            <translation>8  Medlemmenes opplysninger: samtykker, eksport, sletting, sammenslåing</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Ask for feedback</source>
            <translation>Be om tilbakemelding</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>At the till: {name} (F11 to switch)</source>
            <translation>I kassen: {name} (F11 for å bytte)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Backup restored: {members} members, {visits} visits.</source>
            <translation>Sikkerhetskopien er gjenopprettet: {members} medlemmer, {visits} besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Cashier</source>
            <translation>Kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>F6: Ask for feedback</source>
            <translation>F6: Be om tilbakemelding</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Feedback</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Feedback is asked right after a confirmed visit.</source>
            <translation>Du kan be om tilbakemelding rett etter et bekreftet besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner</source>
            <translation>Eier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Owner screens</source>
            <translation>Eierfunksjoner</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Owner…</source>
            <translation>Eier…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Reports</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Reports…</source>
            <translation>Rapporter…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Switch cashier…</source>
            <translation>Bytt kasserer…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>Thank you! Score {score} saved.</source>
            <translation>Takk! Svaret {score} er lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_actions.py" />
            <source>{name} is at the till now.</source>
            <translation>{name} står i kassen nå.</translation>
        </message>
    </context>
    <context>
        <name>OwnerApproval</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Gift card of {amount} ({words}), above the limit of {limit}. Owner's PIN:</source>
            <translation>Gavekort på {amount} ({words}), over grensen på {limit}. Eierens PIN-kode:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Owner approval</source>
            <translation>Godkjenning fra eier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>Void visit {visit}: {why}. Owner's PIN:</source>
            <translation>Annuller besøk {visit}: {why}. Eierens PIN-kode:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>it charged {amount}, above the owner's limit of {limit}</source>
            <translation>det var på {amount}, over eierens grense på {limit}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>the visit is from {date}, an earlier day</source>
            <translation>besøket er fra {date}, en tidligere dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_approval.py" />
            <source>{name}, choose an owner's PIN of 6 to 8 digits (cashiers must not know it).</source>
            <translation>{name}, velg en PIN-kode for eieren på 6 til 8 sifre (kassererne skal ikke kjenne den).</translation>
        </message>
        <message>
            <source>{name}, choose an owner's PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="vanished">{name}, velg en PIN-kode for eieren på 4 til 8 sifre (kassererne skal ikke kjenne den).</translation>
        </message>
    </context>
    <context>
        <name>OwnerGate</name>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Choose now</source>
            <translation>Velg nå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Later</source>
            <translation>Senere</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner PIN</source>
            <translation>Eierens PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner only</source>
            <translation>Bare for eieren</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of {min} to {max} digits (cashiers must not know it).</source>
            <translation>Eierfunksjonene er beskyttet med PIN-kode fra nå av. {name}, velg en PIN-kode på {min} til {max} sifre (kassererne skal ikke kjenne den).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>This is for the owner. Owner's PIN:</source>
            <translation>Dette er bare for eieren. Eierens PIN-kode:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Wrong PINs</source>
            <translation>Feil PIN-koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Wrong PINs for {name} since your last sign-in: {count}.</source>
            <translation>Feil PIN-koder for {name} siden du sist logget inn: {count}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>Your owner PIN is shorter than {min} digits, easy to guess by trying. Choose a PIN of {min} to {max} digits now?</source>
            <translation>Eier-PIN-koden din er kortere enn {min} sifre og lett å gjette ved å prøve. Vil du velge en PIN-kode på {min} til {max} sifre nå?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}'s PIN is locked until an owner unlocks it on the staff screen.</source>
            <translation>PIN-koden til {name} er låst til en eier låser den opp i Ansatte-vinduet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}'s PIN is locked until {time}.</source>
            <translation>PIN-koden til {name} er låst til {time}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/owner_gate.py" />
            <source>{name}, choose a PIN of {min} to {max} digits (cashiers must not know it).</source>
            <translation>{name}, velg en PIN-kode på {min} til {max} sifre (kassererne skal ikke kjenne den).</translation>
        </message>
        <message>
            <source>Owner screens are protected by a PIN from now on. {name}, choose a PIN of 4 to 8 digits (cashiers must not know it).</source>
            <translation type="vanished">Eierfunksjonene er beskyttet med PIN-kode fra nå av. {name}, velg en PIN-kode på 4 til 8 sifre (kassererne skal ikke kjenne den).</translation>
        </message>
    </context>
    <context>
        <name>PartDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>Enter: use this · Esc: cancel</source>
            <translation>Enter: bruk dette · Esc: avbryt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How many {name}?</source>
            <translation>Hvor mange {name}?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much from the gift card?</source>
            <translation>Hvor mye fra gavekortet?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>How much store credit?</source>
            <translation>Hvor mye tilgode?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>How much?</source>
            <translation>Hvor mye?</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>all it needs</source>
            <translation>alt som trengs</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/part_dialog.py" />
            <source>{held} · empty: as much as the bill needs</source>
            <translation>{held} · tomt: så mye som regningen trenger</translation>
        </message>
    </context>
    <context>
        <name>Parts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>A number of points cannot be negative.</source>
            <translation>Antall poeng kan ikke være negativt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Has {n} points (worth {value})</source>
            <translation>Har {n} poeng (verdt {value})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Holds {amount}</source>
            <translation>Har {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {name}.</source>
            <translation>Ingenting igjen å betale med: {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Nothing is left to pay with {what}.</source>
            <translation>Det er ingenting igjen å betale med på {what}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Only {owed} is still owed: use at most that from {what}.</source>
            <translation>Bare {owed} gjenstår å betale: bruk høyst det fra {what}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The gift card holds only {held}.</source>
            <translation>Gavekortet har bare {held}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} in store credit.</source>
            <translation>Medlemmet har bare {held} til gode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The member has only {held} {name}.</source>
            <translation>Medlemmet har bare {held} {name}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>The rest of the bill needs only {n} {name}: type at most that.</source>
            <translation>Resten av regningen trenger bare {n} {name}: skriv høyst det.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>Type more than zero, or leave it empty for as much as the bill needs.</source>
            <translation>Skriv mer enn null, eller la feltet stå tomt for så mye som regningen trenger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>store credit</source>
            <translation>tilgodesaldoen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>the gift card</source>
            <translation>gavekortet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/parts.py" />
            <source>“{text}” is not a whole number of points.</source>
            <translation>«{text}» er ikke et helt antall poeng.</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>A scan is not a PIN and was not counted as a try. Type the PIN.</source>
            <translation>En skanning er ikke en PIN-kode og ble ikke telt som et forsøk. Tast PIN-koden.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation>PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/pin_dialog.py" />
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Lost card…</source>
            <translation>&amp;Mistet kort…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>&amp;Print</source>
            <translation>&amp;Skriv ut</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Card design…</source>
            <translation>Kortdesign…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Card {old} is replaced by card {new}.</source>
            <translation>Kort {old} er erstattet med kort {new}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Ctrl+P: Print the new card</source>
            <translation>Ctrl+P: Skriv ut det nye kortet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Lost card</source>
            <translation>Mistet kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Lost card: replace…</source>
            <translation>Mistet kort: erstatt…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No (Esc)</source>
            <translation>Nei (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>No visit to print a slip for yet.</source>
            <translation>Ingen besøk å skrive ut kvittering for ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open a member first (scan or F2), then Ctrl+P.</source>
            <translation>Åpne et medlem først (skann eller F2), så Ctrl+P.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Open the member whose card was lost first.</source>
            <translation>Åpne først medlemmet som har mistet kortet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Print (Ctrl+P)</source>
            <translation>Skriv ut (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print cards…</source>
            <translation>Skriv ut kort…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print slip for the last visit…</source>
            <translation>Skriv ut kvittering for siste besøk…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Print this member's card…</source>
            <translation>Skriv ut kortet til medlemmet…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Replace card {card} of {name}? The old card will stop working; stamps and rewards stay with the member.</source>
            <translation>Erstatte kort {card} for {name}? Det gamle kortet slutter å virke; stempler og belønninger blir værende hos medlemmet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Save slip as PDF</source>
            <translation>Lagre kvittering som PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Save slip as PDF…</source>
            <translation>Lagre kvittering som PDF…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip printed.</source>
            <translation>Kvitteringen er skrevet ut.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Slip saved as PDF.</source>
            <translation>Kvitteringen er lagret som PDF.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_actions.py" />
            <source>Yes, new card (Enter)</source>
            <translation>Ja, nytt kort (Enter)</translation>
        </message>
        <message>
            <source>Lost card…</source>
            <translation type="vanished">Mistet kort…</translation>
        </message>
    </context>
    <context>
        <name>PrintCardsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papir:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Add → (Enter)</source>
            <translation>Legg til → (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>All members ({n})</source>
            <translation>Alle medlemmer ({n})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen members</source>
            <translation>Valgte medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Chosen:</source>
            <translation>Valgt:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Members I choose:</source>
            <translation>Medlemmer jeg velger:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>New blank cards, pre-numbered:</source>
            <translation>Nye blanke kort, forhåndsnummerert:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No cards to print: choose members first.</source>
            <translation>Ingen kort å skrive ut: velg medlemmer først.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>No member is open</source>
            <translation>Ingen medlem er åpent</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Forhåndsvis…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print member cards</source>
            <translation>Skriv ut medlemskort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation>Skriv ut… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Reserved {n} new card numbers, {first} … {last}.</source>
            <translation>Reserverte {n} nye kortnumre, {first} … {last}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation>Lagre som PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Save cards as PDF</source>
            <translation>Lagre kort som PDF</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Search by name, phone or card; Enter adds</source>
            <translation>Søk på navn, telefon eller kort; Enter legger til</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{name}, card {card}</source>
            <translation>{name}, kort {card}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation>{n} kort lagret i {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation>{n} kort sendt til skriveren.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_cards_dialog.py" />
            <source>← Remove (Del)</source>
            <translation>← Fjern (Del)</translation>
        </message>
        <message>
            <source>Add →</source>
            <translation type="vanished">Legg til →</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="vanished">Lukk</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation type="vanished">Forhåndsvis…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation type="vanished">Skriv ut…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="vanished">Lagre som PDF…</translation>
        </message>
        <message>
            <source>← Remove</source>
            <translation type="vanished">← Fjern</translation>
        </message>
    </context>
    <context>
        <name>PrintCodesDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;How many new codes:</source>
            <translation>&amp;Antall nye koder:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papir:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Could not save {path}: {error}</source>
            <translation>Kunne ikke lagre {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>How many</source>
            <translation>Antall</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Pre&amp;view…</source>
            <translation>&amp;Forhåndsvis…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Print… (Ctrl+P)</source>
            <translation>Skriv ut… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Save as PDF… (Ctrl+S)</source>
            <translation>Lagre som PDF… (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards saved to {path}.</source>
            <translation>{n} kort lagret i {path}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_codes_dialog.py" />
            <source>{n} cards sent to the printer.</source>
            <translation>{n} kort sendt til skriveren.</translation>
        </message>
    </context>
    <context>
        <name>PrintOutput</name>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>A4 sheet of ten, with cut marks</source>
            <translation>A4-ark med ti kort og skjæremerker</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>Single card, CR80 (card printers)</source>
            <translation>Enkeltkort, CR80 (kortskrivere)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/print_output.py" />
            <source>US Letter sheet of ten, with cut marks</source>
            <translation>US Letter-ark med ti kort og skjæremerker</translation>
        </message>
    </context>
    <context>
        <name>PrintedCard</name>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>Gift card {amount}</source>
            <translation>Gavekort {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>for {name}</source>
            <translation>til {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>from {amount}</source>
            <translation>ved kjøp fra {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>until {date}</source>
            <translation>gyldig t.o.m. {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>valid until {date}</source>
            <translation>gyldig t.o.m. {date}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/faces.py" />
            <source>{balance} left</source>
            <translation>{balance} igjen</translation>
        </message>
    </context>
    <context>
        <name>ProgramsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> days</source>
            <translation> dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source> stamps</source>
            <translation> stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Daily limit</source>
            <translation>&amp;Dagsgrense</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>&amp;Reward</source>
            <translation>&amp;Belønning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}”</source>
            <translation>Rediger «{name}»</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Edit “{name}” (switched off)</source>
            <translation>Rediger «{name}» (slått av)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Fixed discount</source>
            <translation>Beløpsrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Free item</source>
            <translation>Gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Members keep their rewards ready ({held} in all, held by {n}) and can still redeem them at the counter.</source>
            <translation>Medlemmene beholder belønningene sine ({held} i alt, fordelt på {n}) og kan fortsatt løse dem inn i kassen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program</source>
            <translation>Nytt program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>New program (Ctrl+N)</source>
            <translation>Nytt program (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>No member holds stamps or rewards on it.</source>
            <translation>Ingen medlemmer har stempler eller belønninger på det.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Percent discount</source>
            <translation>Prosentrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Programs</source>
            <translation>Programmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Punch-card programs</source>
            <translation>Stempelkortprogrammer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;kind</source>
            <translation>Belønnings&amp;type</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Reward &amp;value</source>
            <translation>Belønnings&amp;verdi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps &amp;needed</source>
            <translation>Antall &amp;stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps e&amp;xpire after</source>
            <translation>Stempler &amp;utløper etter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Stamps per &amp;item</source>
            <translation>Stempler per va&amp;re</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation>Slå av (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation>Slå på (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>Unfinished cards ({stamps} stamps in all, held by {n}) stay on the members' panels, marked switched off, but get no new stamps.</source>
            <translation>Uferdige kort ({stamps} stempler i alt, fordelt på {n}) blir stående hos medlemmene, merket som slått av, men får ingen nye stempler.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>e.g. Free coffee</source>
            <translation>f.eks. Gratis kaffe</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>never</source>
            <translation>aldri</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>no limit</source>
            <translation>ingen grense</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>{name} (off)</source>
            <translation>{name} (av)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is on again: it gives stamps from the next visit.</source>
            <translation>«{name}» er på igjen: det gir stempler fra neste besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/programs_dialog.py" />
            <source>“{name}” is switched off: it gives no new stamps from the next visit.</source>
            <translation>«{name}» er slått av: det gir ingen nye stempler fra neste besøk.</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation type="vanished">Uventet feil, ingenting ble endret: {error}</translation>
        </message>
        <message>
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation type="vanished">Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Amount</source>
            <translation>&amp;Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Reason *</source>
            <translation>&amp;Grunn *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>&amp;Visit number</source>
            <translation>Besøks&amp;nummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>A scan can't be used here: nothing was refunded. Type the visit number and the amount, or Esc.</source>
            <translation>En skanning kan ikke brukes her: ingenting ble refundert. Tast besøksnummeret og beløpet, eller Esc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Already used, can't be taken back: {what}</source>
            <translation>Allerede brukt, kan ikke tas tilbake: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Amount to refund</source>
            <translation>Beløp som skal refunderes</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back on gift card {code}: {amount}</source>
            <translation>Tilbake på gavekort {code}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back on the pass: {what}</source>
            <translation>Tilbake på klippekortet: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Back to store credit: {amount}</source>
            <translation>Tilbake som tilgode: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Empty: all that is left</source>
            <translation>Tomt: alt som gjenstår</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>FULL refund</source>
            <translation>FULL refusjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gift card {code} is void or expired: its {amount} is paid in cash.</source>
            <translation>Gavekort {code} er annullert eller utløpt: beløpet på {amount} betales ut kontant.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Gives back: {what}</source>
            <translation>Gir tilbake: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Hand back in cash: {amount}</source>
            <translation>Betal tilbake kontant: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>No points, credit or stamps change.</source>
            <translation>Ingen poeng, tilgode eller stempler endres.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Partial refund</source>
            <translation>Delvis refusjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Points paid with, back: {what}</source>
            <translation>Poeng brukt til betaling, tilbake: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Reason</source>
            <translation>Grunn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund (Enter)</source>
            <translation>Refunder (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refund a visit</source>
            <translation>Refunder et besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Refunded before: {amount}</source>
            <translation>Refundert tidligere: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Required, e.g. returned, wrong size</source>
            <translation>Påkrevd, f.eks. returnert, feil størrelse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Say why the visit is refunded.</source>
            <translation>Oppgi hvorfor besøket refunderes.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Takes back: {what}</source>
            <translation>Tar tilbake: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit number</source>
            <translation>Besøksnummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} refunded in full: {amount}.</source>
            <translation>Besøk {id} er refundert i sin helhet: {amount}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id} · {when} · {who} · charged {charged}</source>
            <translation>Besøk {id} · {when} · {who} · totalt {charged}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>Visit {id}: {amount} refunded.</source>
            <translation>Besøk {id}: {amount} refundert.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>no member</source>
            <translation>uten medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{amount} store credit</source>
            <translation>{amount} tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{kind}: {amount}</source>
            <translation>{kind}: {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} pass uses</source>
            <translation>{n} klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} points</source>
            <translation>{n} poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} rewards</source>
            <translation>{n} belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/refund_dialog.py" />
            <source>{n} stamps</source>
            <translation>{n} stempler</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Cash or bank card for sales</source>
            <translation>Kontant eller bankkort for salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Change</source>
            <translation>Endring</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Customer feedback</source>
            <translation>Tilbakemeldinger fra kunder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Dashboard {period}</source>
            <translation>Oversikt {period}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Definition</source>
            <translation>Definisjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Discounts given</source>
            <translation>Rabatter gitt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>End of day {day}</source>
            <translation>Dagsoppgjør {day}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Enrolled</source>
            <translation>Registrert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Figure</source>
            <translation>Nøkkeltall</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Gift cards sold</source>
            <translation>Gavekort solgt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>In money</source>
            <translation>I penger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Last visit</source>
            <translation>Siste besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Monthly cohort retention</source>
            <translation>Gjenkomst per månedskohort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>New</source>
            <translation>Nye</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding</source>
            <translation>Utestående</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Outstanding liability</source>
            <translation>Utestående forpliktelser</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Over time (by {unit})</source>
            <translation>Over tid (per {unit})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with gift cards</source>
            <translation>Betalt med gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with points</source>
            <translation>Betalt med poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Paid with store credit</source>
            <translation>Betalt med tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Previous period</source>
            <translation>Forrige periode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Program</source>
            <translation>Program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded as store credit</source>
            <translation>Refundert som tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded in cash</source>
            <translation>Refundert kontant</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunded to gift cards</source>
            <translation>Refundert til gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Refunds</source>
            <translation>Refusjoner</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Returning</source>
            <translation>Tilbakevendende</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rewards redeemed</source>
            <translation>Belønninger innløst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rung up</source>
            <translation>Slått inn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Rung up = discounts + points + store credit + gift cards + cash or bank card. To collect = cash or bank card for sales + gift cards sold − refunded in cash: count the drawer and add the card terminal's total.</source>
            <translation>Slått inn = rabatter + poeng + tilgode + gavekort + kontant eller bankkort. Til oppgjør = kontant eller bankkort for salg + gavekort solgt − refundert kontant: tell opp kassaskuffen og legg til totalen fra kortterminalen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Sales</source>
            <translation>Salg</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Score</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Share of each month's new members who visited in each month since.</source>
            <translation>Andelen av hver måneds nye medlemmer som kom på besøk i hver måned etterpå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Stamps</source>
            <translation>Stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>This period</source>
            <translation>Denne perioden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>To collect (cash and bank card)</source>
            <translation>Til oppgjør (kontant og bankkort)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Top members</source>
            <translation>Toppmedlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visit</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Visits</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>Were regulars, not seen for 60 days (consented to contact)</source>
            <translation>Tidligere stamkunder, ikke sett på 60 dager (samtykket til kontakt)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>What</source>
            <translation>Hva</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>day</source>
            <translation>dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>gift cards</source>
            <translation>gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>month</source>
            <translation>måned</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>pass uses</source>
            <translation>klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>ready rewards</source>
            <translation>klare belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>store credit</source>
            <translation>tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>vs previous: {change}</source>
            <translation>mot forrige: {change}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>week</source>
            <translation>uke</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{number} %</source>
            <translation>{number} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{number} pt</source>
            <comment>percentage points</comment>
            <translation>{number} %-poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{n} more lapsed regulars did not consent to be contacted.</source>
            <translation>{n} andre tidligere stamkunder har ikke samtykket til kontakt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/tables.py" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation type="vanished">Kasserer</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>By cashier</source>
            <translation>Per kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>By till</source>
            <translation>Per kasse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cannot write the file: {error}</source>
            <translation>Kan ikke skrive filen: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Cohorts</source>
            <translation>Kohorter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Custom</source>
            <translation>Egendefinert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Dashboard</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Each row: the members who enrolled that month. Each column: the share of them who visited in the month that many months later (M0 = enrolment month).</source>
            <translation>Hver rad: medlemmene som ble registrert den måneden. Hver kolonne: andelen av dem som kom på besøk i måneden så mange måneder senere (M0 = registreringsmåneden).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>End of day</source>
            <translation>Dagsoppgjør</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export</source>
            <translation>Eksporter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export CSV… (Ctrl+E)</source>
            <translation>Eksporter CSV… (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Export PDF… (Ctrl+P)</source>
            <translation>Eksporter PDF… (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Feedback</source>
            <translation>Vurderinger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Last 12 months</source>
            <translation>Siste 12 måneder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Liability</source>
            <translation>Forpliktelser</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Lighter cells in italics: this month so far, not over yet.</source>
            <translation>Lysere celler i kursiv: denne måneden hittil, ikke over ennå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Members</source>
            <translation>Medlemmer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Monthly cohort retention</source>
            <translation>Gjenkomst per månedskohort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>NPS {nps} from {n} answers.</source>
            <translation>NPS {nps} fra {n} svar.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-filer (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Show (Enter)</source>
            <translation>Vis (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/day_tab.py" />
            <source>The last day of the chosen period, by cashier.</source>
            <translation>Siste dag i valgt periode, per kasserer.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This month</source>
            <translation>Denne måneden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>This week</source>
            <translation>Denne uken</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Today</source>
            <translation>I dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{n} lines without a money value</source>
            <translation>{n} linjer uten pengeverdi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/dialog.py" />
            <source>{tab} ({key})</source>
            <translation>{tab} ({key})</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="vanished">Eksporter CSV…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="vanished">Eksporter PDF…</translation>
        </message>
        <message>
            <source>Show</source>
            <translation type="vanished">Vis</translation>
        </message>
    </context>
    <context>
        <name>RewardActions</name>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>&amp;Rewards</source>
            <translation>&amp;Belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Correct this member's balance…</source>
            <translation>Korriger saldoen til medlemmet…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Coupon offers…</source>
            <translation>Kupongtilbud…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Gift cards: sell or look up…</source>
            <translation>Gavekort: selg eller slå opp…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Nothing unusual today.</source>
            <translation>Ingenting uvanlig i dag.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>OK (Enter)</source>
            <translation>OK (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Open the member whose balance is wrong first.</source>
            <translation>Åpne først medlemmet som har feil saldo.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>Unusual activity</source>
            <translation>Uvanlig aktivitet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/key_map.py" />
            <source>Unusual activity today…</source>
            <translation>Uvanlig aktivitet i dag…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reward_actions.py" />
            <source>{name}: {n} visits</source>
            <translation>{name}: {n} besøk</translation>
        </message>
    </context>
    <context>
        <name>RewardsSetupDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Items</source>
            <translation>&amp;Varer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Points</source>
            <translation>&amp;Poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Rules</source>
            <translation>&amp;Regler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>&amp;Tiers</source>
            <translation>&amp;Nivåer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>C&amp;atalogue</source>
            <translation>&amp;Katalog</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Cr&amp;edit</source>
            <translation>&amp;Bonus</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pa&amp;sses</source>
            <translation>K&amp;lippekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Pro&amp;motions</source>
            <translation>Ka&amp;mpanjer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/dialog.py" />
            <source>Rewards set-up</source>
            <translation>Oppsett av belønninger</translation>
        </message>
    </context>
    <context>
        <name>ScanRoute</name>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>A scan can't be used here: nothing was changed. Close this window (Esc) to scan at the counter.</source>
            <translation>En skanning kan ikke brukes her: ingenting ble endret. Lukk dette vinduet (Esc) for å skanne i kassen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>A scan can't be used in “{title}”: nothing was changed. Close it (Esc) to scan at the counter.</source>
            <translation>En skanning kan ikke brukes i «{title}»: ingenting ble endret. Lukk det (Esc) for å skanne i kassen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/scan_route.py" />
            <source>Unexpected error, nothing was changed: {error}</source>
            <translation>Uventet feil, ingenting ble endret: {error}</translation>
        </message>
    </context>
    <context>
        <name>ScopePicker</name>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Branch {branch}</source>
            <translation>Avdeling {branch}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Till {till}</source>
            <translation>Kasse {till}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Which tills the reports count (Ctrl+T)</source>
            <translation>Hvilke kasser rapportene teller med (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/reports/scope_picker.py" />
            <source>Whole shop</source>
            <translation>Hele butikken</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Name, phone, e-mail or card number. Enter opens.</source>
            <translation>Navn, telefon, e-post eller kortnummer. Enter åpner.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Scan, or type a name…</source>
            <translation>Skann eller skriv navn…</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_box.py" />
            <source>Search</source>
            <translation>Søk</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>(blocked)</source>
            <translation>(sperret)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/search_results.py" />
            <source>Search results</source>
            <translation>Søkeresultater</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Gift card: owner above</source>
            <translation>&amp;Gavekort: eier over</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Text size</source>
            <translation>&amp;Tekststørrelse</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Void: owner above</source>
            <translation>A&amp;nnullering: eier over</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>&amp;Window</source>
            <translation>&amp;Vindu</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>A gift card worth more needs the owner's PIN at the counter</source>
            <translation>Et gavekort verdt mer krever eierens PIN-kode i kassen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>A sound when a scan is taken or refused</source>
            <translation>En lyd når en skanning godtas eller avvises</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask customers for a 0–10 score after a visit</source>
            <translation>Be kundene om en vurdering fra 0 til 10 etter besøket</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Ask for your loyalty card!</source>
            <translation>Spør etter kundekortet ditt!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>At the counter: Ctrl+Plus, Ctrl+Minus, Ctrl+0</source>
            <translation>I kassen: Ctrl+Pluss, Ctrl+Minus, Ctrl+0</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>C&amp;olours</source>
            <translation>F&amp;arger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>C&amp;ustomer screen</source>
            <translation>K&amp;undeskjerm</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Card number prefix</source>
            <translation>Prefiks for kortnummer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Currency (ISO 4217)</source>
            <translation>Valuta (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Customer screen on</source>
            <translation>Kundeskjerm på</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Customer screen's &amp;line</source>
            <translation>Kundeskjermens &amp;tekst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Feedback</source>
            <translation>Tilbakemelding</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>For a till that runs nothing else; off, the counter opens maximized</source>
            <translation>For en kasse som ikke kjører noe annet; av: kassevinduet åpnes maksimert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Full screen, no window frame (kiosk)</source>
            <translation>Fullskjerm uten vindusramme (kiosk)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation>Høy kontrast</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Large (125 %)</source>
            <translation>Stor (125 %)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Largest (150 %)</source>
            <translation>Størst (150 %)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Light or dark as the computer is set; high contrast: 7:1 text</source>
            <translation>Lys eller mørk slik datamaskinen er innstilt; høy kontrast: tekst 7:1</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>None (a scanner reads the codes)</source>
            <translation>Ingen (en skanner leser kodene)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Normal (100 %)</source>
            <translation>Normal (100 %)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>O&amp;ffline allowance</source>
            <translation>G&amp;rense uten nett</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Owner screens lock after</source>
            <translation>Eierfunksjonene låses etter</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Reads the QR code on a customer's phone or card</source>
            <translation>Leser QR-koden på kundens telefon eller kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Save (Enter)</source>
            <translation>Lagre (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Scan &amp;sounds</source>
            <translation>Skanne&amp;lyd</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Innstillinger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Shop name</source>
            <translation>Butikknavn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Show a screen facing the customer</source>
            <translation>Vis en skjerm som vender mot kunden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>The screen that is not the counter's</source>
            <translation>Skjermen som ikke er kassens</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Voiding a visit that charged more, or one from an earlier day, needs the owner's PIN</source>
            <translation>Å annullere et besøk på mer enn dette, eller fra en tidligere dag, krever eierens PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>Web&amp;cam for codes</source>
            <translation>&amp;Webkamera for koder</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>What each member may pay with credit and points while a till cannot reach the server (0: nothing).</source>
            <translation>Hva hvert medlem kan betale med kreditt og poeng mens en kasse ikke når serveren (0: ingenting).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/settings_dialog.py" />
            <source>{name} (not connected)</source>
            <translation>{name} (ikke tilkoblet)</translation>
        </message>
        <message>
            <source>&amp;Webcam for codes</source>
            <translation type="vanished">&amp;Webkamera for koder</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Avbryt</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Lagre</translation>
        </message>
    </context>
    <context>
        <name>Setup</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Cashback (% of what is paid) *</source>
            <translation>&amp;Bonus (% av det som betales) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Category</source>
            <translation>&amp;Kategori</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Cost (points) *</source>
            <translation>Pri&amp;s (poeng) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Discounts per visit (0 = no limit) *</source>
            <translation>&amp;Rabatter per besøk (0 = ingen grense) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Expire after (days)</source>
            <translation>&amp;Utløper etter (dager)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;From (YYYY-MM-DD)</source>
            <translation>&amp;Fra (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Money off</source>
            <translation>&amp;Beløpsrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Multiply points by *</source>
            <translation>&amp;Gang poengene med *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Name *</source>
            <translation>&amp;Navn *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Points per step *</source>
            <translation>&amp;Poeng per trinn *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Points program *</source>
            <translation>&amp;Poengprogram *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Price</source>
            <translation>&amp;Pris</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Price *</source>
            <translation>&amp;Pris *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Rank (1 = lowest) *</source>
            <translation>&amp;Rang (1 = lavest) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Until (YYYY-MM-DD)</source>
            <translation>&amp;Til (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>&amp;Uses *</source>
            <translation>&amp;Antall klipp *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Weekday</source>
            <translation>&amp;Ukedag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>&amp;Window (days) *</source>
            <translation>&amp;Periode (dager) *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(no referral bonus)</source>
            <translation>(ingen vervebonus)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Add (Ctrl+Enter)</source>
            <translation>Legg til (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Add a points program first (Points tab).</source>
            <translation>Legg til et poengprogram først (fanen Poeng).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Added “{name}”.</source>
            <translation>La til «{name}».</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Amount &amp;step *</source>
            <translation>&amp;Beløpstrinn *</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Cashback</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Changing “{name}” ({state}). Ctrl+N starts a new one instead.</source>
            <translation>Endrer «{name}» ({state}). Ctrl+N starter en ny i stedet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Cost</source>
            <translation>Pris</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts &amp;for</source>
            <translation>&amp;Teller for</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Counts for</source>
            <translation>Teller for</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily &amp;cap (points)</source>
            <translation>Daglig &amp;tak (poeng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Daily cap</source>
            <translation>Daglig tak</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Earning</source>
            <translation>Opptjening</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Expiry</source>
            <translation>Utløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Fee</source>
            <translation>Avgift</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free &amp;item</source>
            <translation>&amp;Gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Free item</source>
            <translation>Gratis vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Friday</source>
            <translation>fredag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Gives</source>
            <translation>Gir</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Item</source>
            <translation>Vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Ma&amp;ximum discount</source>
            <translation>&amp;Maks rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members in it keep it until their next tier review (now {n}).</source>
            <translation>Medlemmene på nivået beholder det til neste nivåvurdering (nå {n}).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the points they hold ({held} in all, held by {n}) and can still spend them.</source>
            <translation>Medlemmene beholder poengene sine ({held} i alt, fordelt på {n}) og kan fortsatt bruke dem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep the uses they bought ({held} in all, held by {n}) and can still use them.</source>
            <translation>Medlemmene beholder klippene de har kjøpt ({held} i alt, fordelt på {n}) og kan fortsatt bruke dem.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Members keep their store credit ({held} in all, held by {n}) and can still pay with it.</source>
            <translation>Medlemmene beholder tilgodebeløpet sitt ({held} i alt, fordelt på {n}) og kan fortsatt betale med det.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Membership &amp;fee (paid tier)</source>
            <translation>Medlems&amp;avgift (betalt nivå)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;spend</source>
            <translation>&amp;Minstebeløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Minimum &amp;visits</source>
            <translation>Minste antall &amp;besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Monday</source>
            <translation>mandag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Money off</source>
            <translation>Beløpsrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Multiplier</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New (Ctrl+N)</source>
            <translation>Ny (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>New: fill in the form, Ctrl+Enter adds it. Ctrl+L picks one above to change.</source>
            <translation>Ny: fyll ut skjemaet, Ctrl+Enter legger den til. Ctrl+L velger en ovenfor som du kan endre.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>P&amp;ercent off</source>
            <translation>P&amp;rosentrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Pass</source>
            <translation>Klippekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Passes already bought keep their uses; the new terms are for new sales.</source>
            <translation>Klippekort som allerede er kjøpt, beholder klippene sine; de nye vilkårene gjelder nye salg.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Percent off</source>
            <translation>Prosentrabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point va&amp;lue (pay with points)</source>
            <translation>Poengver&amp;di (betal med poeng)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Point value</source>
            <translation>Poengverdi</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Points &amp;multiplier</source>
            <translation>Poengfa&amp;ktor</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held are now worth {value} each.</source>
            <translation>Poeng medlemmene allerede har, er nå verdt {value} hver.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points already held can now only buy catalogue rewards.</source>
            <translation>Poeng medlemmene allerede har, kan nå bare brukes på katalogbelønninger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;item</source>
            <translation>Poeng per &amp;vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Points per &amp;visit</source>
            <translation>Poeng per b&amp;esøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Price</source>
            <translation>Pris</translation>
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
            <translation>Kampanje</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reached by</source>
            <translation>Nås ved</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral &amp;bonus (points, or minor units of credit)</source>
            <translation>&amp;Vervebonus (poeng, eller tilgode i minste myntenhet)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Referral bonus &amp;program</source>
            <translation>Vervebonus&amp;program</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Reward</source>
            <translation>Belønning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Rules saved.</source>
            <translation>Reglene er lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Saturday</source>
            <translation>lørdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Save changes (Ctrl+S)</source>
            <translation>Lagre endringer (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Save rules (Ctrl+Enter)</source>
            <translation>Lagre regler (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Saved “{name}”: the changes apply from the next checkout.</source>
            <translation>Lagret «{name}»: endringene gjelder fra neste kjøp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Set up so far</source>
            <translation>Satt opp så langt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Standing &amp;discount (%)</source>
            <translation>&amp;Fast rabatt (%)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Sunday</source>
            <translation>søndag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch off (Ctrl+O)</source>
            <translation>Slå av (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Switch on (Ctrl+O)</source>
            <translation>Slå på (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Thursday</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tier</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Tuesday</source>
            <translation>tirsdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>Unexpected error, nothing was saved: {error}</source>
            <translation>Uventet feil, ingenting ble lagret: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>Uses</source>
            <translation>Klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>Wednesday</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>What members already hold gets the full {days} days from today.</source>
            <translation>Det medlemmene allerede har, får hele {days} dager fra i dag.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>When</source>
            <translation>Når</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>any day</source>
            <translation>alle dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. 10 car washes</source>
            <translation>f.eks. 10 bilvasker</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. 500 Ft off</source>
            <translation>f.eks. 50 kr rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Cashback</source>
            <translation>f.eks. Bonus</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Double Tuesdays</source>
            <translation>f.eks. Dobbel tirsdag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Gold</source>
            <translation>f.eks. Gull</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. Latte</source>
            <translation>f.eks. Latte</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>e.g. Points</source>
            <translation>f.eks. Poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>e.g. coffee</source>
            <translation>f.eks. kaffe</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: catalogue only</source>
            <translation>tomt: bare katalog</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: never</source>
            <translation>tomt: aldri</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/money_tabs.py" />
            <source>empty: none</source>
            <translation>tomt: ingen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>every day</source>
            <translation>hver dag</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>free {item}</source>
            <translation>gratis {item}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>on</source>
            <translation>på</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>paid only</source>
            <translation>bare betalt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>spend {amount}</source>
            <translation>kjøp for {amount}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>switched off</source>
            <translation>slått av</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{amount} off</source>
            <translation>{amount} rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: enter a value.</source>
            <translation>{field}: fyll inn en verdi.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{field}: “{text}” is not understood.</source>
            <translation>{field}: «{text}» forstås ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{name} (off)</source>
            <translation>{name} (av)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/fields.py" />
            <source>{n} days</source>
            <translation>{n} dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{n} visits</source>
            <translation>{n} besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} % off</source>
            <translation>{p} % rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{p} off</source>
            <translation>{p} rabatt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/reward_tabs.py" />
            <source>{what} in {days} days</source>
            <translation>{what} på {days} dager</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is on again from the next checkout.</source>
            <translation>«{name}» er på igjen fra neste kjøp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it earns no more points.</source>
            <translation>«{name}» er slått av: det gir ikke flere poeng.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it gives no more cashback.</source>
            <translation>«{name}» er slått av: det gir ikke mer bonus.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it is no longer sold.</source>
            <translation>«{name}» er slått av: det selges ikke lenger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: it no longer multiplies points.</source>
            <translation>«{name}» er slått av: kampanjen ganger ikke lenger poengene.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: nobody new reaches it and it is not sold.</source>
            <translation>«{name}» er slått av: ingen nye når nivået, og det selges ikke.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer lists it.</source>
            <translation>«{name}» er slått av: kassen viser den ikke lenger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup/base.py" />
            <source>“{name}” is switched off: the counter no longer offers it.</source>
            <translation>«{name}» er slått av: kassen tilbyr den ikke lenger.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Currency (ISO 4217)</source>
            <translation>Valuta (ISO 4217)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Five answers and the counter is ready. You can change them later.</source>
            <translation>Fem svar, så er kassen klar. Du kan endre dem senere.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>None now (F9 later)</source>
            <translation>Ingen nå (F9 senere)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Owner's PIN (6–8 digits)</source>
            <translation>Eierens PIN-kode (6–8 sifre)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>PIN once more</source>
            <translation>Gjenta PIN-koden</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Quit (Esc)</source>
            <translation>Avslutt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Set up your shop</source>
            <translation>Sett opp butikken din</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Shop name</source>
            <translation>Butikknavn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Start (Enter)</source>
            <translation>Start (Enter)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>PIN-kodene er ulike. Skriv den samme PIN-koden to ganger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Unexpected error: {error}</source>
            <translation>Uventet feil: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Welcome to Loyalty POS</source>
            <translation>Velkommen til Loyalty POS</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>Your first punch card</source>
            <translation>Ditt første stempelkort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>e.g. Kávé Sarok</source>
            <translation>f.eks. Kaffehjørnet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/setup_wizard.py" />
            <source>{title} ({stamps} stamps, reward: {reward})</source>
            <translation>{title} ({stamps} stempler, belønning: {reward})</translation>
        </message>
        <message>
            <source>Owner's PIN (4–8 digits)</source>
            <translation type="vanished">Eierens PIN-kode (4–8 sifre)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation type="vanished">Avslutt</translation>
        </message>
        <message>
            <source>Start</source>
            <translation type="vanished">Start</translation>
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
            <translation>+{n} poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} stamps</source>
            <translation>+{n} stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>+{n} uses</source>
            <translation>+{n} klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Back on gift card</source>
            <translation>Tilbake på gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Back to store credit</source>
            <translation>Tilbake som tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Card</source>
            <translation>Kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Cash back</source>
            <translation>Kontant tilbake</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Loyalty</source>
            <translation>Kundefordeler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Member</source>
            <translation>Medlem</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Nothing earned this time.</source>
            <translation>Ingenting opptjent denne gangen.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with credit</source>
            <translation>Betalt med tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Paid with gift card</source>
            <translation>Betalt med gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Partial refund</source>
            <translation>Delvis refusjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Points</source>
            <translation>Poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Refund in full</source>
            <translation>Full refusjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Refunded</source>
            <translation>Refundert</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Reward given: {reward}</source>
            <translation>Belønning gitt: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Rewards ready</source>
            <translation>Belønninger klare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Store credit</source>
            <translation>Tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Thank you!</source>
            <translation>Takk for besøket!</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>This visit</source>
            <translation>Dette besøket</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Tier</source>
            <translation>Nivå</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>To pay</source>
            <translation>Å betale</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Visit</source>
            <translation>Besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your cards</source>
            <translation>Dine kort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>Your coupon</source>
            <translation>Din kupong</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>pass uses</source>
            <translation>klipp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>points</source>
            <translation>poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>rewards</source>
            <translation>belønninger</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>stamps</source>
            <translation>stempler</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>store credit</source>
            <translation>tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} left</source>
            <translation>{n} igjen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{n} points</source>
            <translation>{n} poeng</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program} (switched off)</source>
            <translation>{program} (slått av)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/printing/slip.py" />
            <source>{program}: card complete!</source>
            <translation>{program}: kortet er fullt!</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Cashier</source>
            <translation>Kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/staff.py" />
            <source>Owner</source>
            <translation>Eier</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>A PIN is optional for cashiers.</source>
            <translation>Kasserere trenger ikke PIN-kode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Cashier</source>
            <translation>Kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Close (Esc)</source>
            <translation>Lukk (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Has a PIN; leave empty to keep it. A new one has {min} to {max} digits.</source>
            <translation>Har PIN-kode; la feltet stå tomt for å beholde den. En ny har {min} til {max} sifre.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Locked after too many wrong PINs until you unlock it.</source>
            <translation>Låst etter for mange feil PIN-koder til du låser den opp.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Locked after wrong PINs until {time}.</source>
            <translation>Låst etter feil PIN-koder til {time}.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New PIN</source>
            <translation>Ny PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>New person (Ctrl+N)</source>
            <translation>Ny person (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>No PIN: switches at the till without one.</source>
            <translation>Ingen PIN-kode: bytter i kassen uten kode.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Owner</source>
            <translation>Eier</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN</source>
            <translation>PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>PIN locked</source>
            <translation>PIN-kode låst</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Save (Ctrl+S)</source>
            <translation>Lagre (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Staff</source>
            <translation>Ansatte</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Unlock PIN (Ctrl+U)</source>
            <translation>Lås opp PIN-kode (Ctrl+U)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>Works here</source>
            <translation>Jobber her</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>cashier</source>
            <translation>kasserer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>left</source>
            <translation>sluttet</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>no PIN</source>
            <translation>ingen PIN-kode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/staff_dialog.py" />
            <source>owner</source>
            <translation>eier</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="vanished">Lukk</translation>
        </message>
        <message>
            <source>Has a PIN; leave empty to keep it.</source>
            <translation type="vanished">Har PIN-kode; la feltet stå tomt for å beholde den.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation type="vanished">Lagre</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation type="vanished">Uventet feil: {error}</translation>
        </message>
        <message>
            <source>Unlock PIN</source>
            <translation type="vanished">Lås opp PIN-kode</translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>REWARD READY: {reward}</source>
            <translation>BELØNNING KLAR: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Reward: {reward}</source>
            <translation>Belønning: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>Switched off: no new stamps on this card.</source>
            <translation>Slått av: ingen nye stempler på dette kortet.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{n} REWARDS READY: {reward}</source>
            <translation>{n} BELØNNINGER KLARE: {reward}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/stamp_card.py" />
            <source>{program} (switched off)</source>
            <translation>{program} (slått av)</translation>
        </message>
    </context>
    <context>
        <name>StampRows</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>Items</source>
            <translation>Varer</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/stamp_rows.py" />
            <source>{program}: items</source>
            <translation>{program}: varer</translation>
        </message>
    </context>
    <context>
        <name>StartupJobs</name>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n birthday coupon(s) issued.</source>
            <translation>
                <numerusform>%n bursdagskupong utstedt.</numerusform>
                <numerusform>%n bursdagskuponger utstedt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>%n old stamp(s) expired.</source>
            <translation>
                <numerusform>%n gammelt stempel er utløpt.</numerusform>
                <numerusform>%n gamle stempler er utløpt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>({n} more: run loyalty-pos admin check.)</source>
            <translation>(og {n} til: kjør loyalty-pos admin check.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Backup saved.</source>
            <translation>Sikkerhetskopi lagret.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>No checked backup for more than 24 hours. Open Backups (owner) and take one now.</source>
            <translation>Ingen kontrollert sikkerhetskopi på mer enn 24 timer. Åpne Sikkerhetskopier (eier) og ta en nå.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>Start-up check failed: {error}</source>
            <translation>Oppstartskontrollen feilet: {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/startup_jobs.py" />
            <source>The database check found problems: {problems}</source>
            <translation>Databasekontrollen fant problemer: {problems}</translation>
        </message>
        <message>
            <source>{n} birthday coupons issued.</source>
            <translation type="vanished">{n} bursdagskuponger utstedt.</translation>
        </message>
        <message>
            <source>{n} old stamps expired.</source>
            <translation type="vanished">{n} gamle stempler er utløpt.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>10th coffee free</source>
            <translation>Tiende kaffe gratis</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>20 % off the next pair</source>
            <translation>20 % rabatt på neste par</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>5 pairs, 20 % off the next</source>
            <translation>5 par, 20 % rabatt på neste</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>6 washes, the 7th free</source>
            <translation>6 vask, den 7. gratis</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Car wash card</source>
            <translation>Bilvaskkort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Coffee card</source>
            <translation>Kaffekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Free coffee (the 10th)</source>
            <translation>Gratis kaffe (den 10.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Free wash (the 7th)</source>
            <translation>Gratis vask (den 7.)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/services/setup.py" />
            <source>Shoe card</source>
            <translation>Skokort</translation>
        </message>
    </context>
    <context>
        <name>TenderParts</name>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Ctrl+H sets how much to use: highlight store credit or points under Apply, or scan a gift card, first.</source>
            <translation>Ctrl+H velger hvor mye som skal brukes: marker først tilgode eller poeng under Bruk, eller skann et gavekort.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card</source>
            <translation>Gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Gift card {code}: balance {balance} ({key}: use only part).</source>
            <translation>Gavekort {code}: saldo {balance} ({key}: bruk bare en del).</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>Store credit</source>
            <translation>Tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>That gift card can't be read: scan it again.</source>
            <translation>Gavekortet kan ikke leses: skann det på nytt.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/tender_parts.py" />
            <source>This gift card has nothing left to pay with.</source>
            <translation>Dette gavekortet har ingenting igjen å betale med.</translation>
        </message>
    </context>
    <context>
        <name>TillDialog</name>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>&amp;Branch:</source>
            <translation>&amp;Avdeling:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>That was a card scan: nothing changed. Type this till's name; cards are scanned at the counter.</source>
            <translation>Det var en kortskanning: ingenting ble endret. Skriv inn navnet på denne kassen; kort skannes ved disken.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>The shop is on a server that several tills share. This till writes its name on every visit and refund; reports group the tills by branch.</source>
            <translation>Butikken ligger på en server som flere kasser deler. Denne kassen skriver navnet sitt på hvert kjøp og hver refusjon; rapportene grupperer kassene etter avdeling.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>This till's name</source>
            <translation>Navnet på denne kassen</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>Till &amp;name:</source>
            <translation>Kassens &amp;navn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/till_dialog.py" />
            <source>{title} — till {till}, branch {branch}</source>
            <translation>{title} — kasse {till}, avdeling {branch}</translation>
        </message>
    </context>
    <context>
        <name>ToneIcon</name>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Done</source>
            <translation>Ferdig</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Error</source>
            <translation>Feil</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Information</source>
            <translation>Informasjon</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Reward</source>
            <translation>Belønning</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/tone_icon.py" />
            <source>Warning</source>
            <translation>Advarsel</translation>
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
            <translation>+{amount} {name} ({percent}, rundet ned)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per item</source>
            <translation>+{n} per vare</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>+{n} per visit</source>
            <translation>+{n} per besøk</translation>
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
            <translation>, dagsgrensen er nådd</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Amount</source>
            <translation>Beløp</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>CASH
DUE</source>
            <translation>Å
BETALE</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Cash due</source>
            <translation>Til betaling</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Coupon: {name}</source>
            <translation>Kupong: {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Earns: {what}</source>
            <translation>Opptjener: {what}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>GIVE: {items}</source>
            <translation>GI UT: {items}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Gift card ({left} left)</source>
            <translation>Gavekort ({left} igjen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>No member: nothing is earned. Scan a card to earn.</source>
            <translation>Uten medlem opptjenes ingenting. Skann et kort for å opptjene.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with gift card</source>
            <translation>Betalt med gavekort</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Paid with store credit</source>
            <translation>Betalt med tilgode</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Store credit ({left} left)</source>
            <translation>Tilgode ({left} igjen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>To charge</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Uses {name}</source>
            <translation>Bruker {name}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>Visit {id} confirmed. Collect the cash due; the next entry starts a new visit.</source>
            <translation>Besøk {id} bekreftet. Ta betalt; neste inntasting starter et nytt besøk.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>referral bonus +{n}</source>
            <translation>vervebonus +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{name} (pass)</source>
            <translation>{name} (klippekort)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} point per {step}, rounded down</source>
            <translation>{n} poeng per {step}, rundet ned</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} points per {step}, rounded down</source>
            <translation>{n} poeng per {step}, rundet ned</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{n} {name} ({left} left)</source>
            <translation>{n} {name} ({left} igjen)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{program} +{n}</source>
            <translation>{program} +{n}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{p} %</source>
            <translation>{p} %</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} discount ({percent})</source>
            <translation>{tier}-rabatt ({percent})</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/checkout/totals.py" />
            <source>{tier} membership</source>
            <translation>{tier}-medlemskap</translation>
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
            <translation>&amp;Grunn:</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>A scan can't be used here: nothing was voided. Type the reason, or Esc.</source>
            <translation>En skanning kan ikke brukes her: ingenting ble annullert. Tast inn grunnen, eller Esc.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Cancel (Esc)</source>
            <translation>Avbryt (Esc)</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason</source>
            <translation>Grunn</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Reason (required), e.g. wrong customer</source>
            <translation>Grunn (påkrevd), f.eks. feil kunde</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void a visit</source>
            <translation>Annuller et besøk</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void this visit?
{visit}</source>
            <translation>Annullere dette besøket?
{visit}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/void_dialog.py" />
            <source>Void visit (Enter)</source>
            <translation>Annuller besøk (Enter)</translation>
        </message>
    </context>
    <context>
        <name>Webcam</name>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>Camera: hold the code up to it</source>
            <translation>Kamera: hold koden opp mot det</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>No camera found: connect one, or choose none in Settings.</source>
            <translation>Fant ikke noe kamera: koble til et, eller velg «Ingen» i Innstillinger.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera can't be used (another program may have it): {error}</source>
            <translation>Kameraet kan ikke brukes (et annet program bruker det kanskje): {error}</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera can't be used on this computer (camera support is missing): use a scanner.</source>
            <translation>Kameraet kan ikke brukes på denne datamaskinen (kamerastøtte mangler): bruk en skanner.</translation>
        </message>
        <message>
            <location filename="../../loyalty_pos/ui/webcam.py" />
            <source>The camera chosen in Settings is not connected.</source>
            <translation>Kameraet som er valgt i Innstillinger, er ikke tilkoblet.</translation>
        </message>
    </context>
</TS>
