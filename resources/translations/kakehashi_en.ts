<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="133"/>
        <location filename="../../app/gui_main.cpp" line="147"/>
        <source>Kakehashi</source>
        <translation>Kakehashi</translation>
    </message>
    <message>
        <source>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</source>
        <translation type="vanished">This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="vanished">Creating demo data…</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="vanished">The demo data could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="148"/>
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>kakehashi::auth</name>
    <message>
        <location filename="../../core/auth/roles.cpp" line="22"/>
        <source>%1 (%2) may not do this</source>
        <translation>%1 (%2) may not do this</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="149"/>
        <location filename="../../core/auth/auth.cpp" line="180"/>
        <source>unknown user or wrong password</source>
        <translation>unknown user or wrong password</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="187"/>
        <source>the user %1 is disabled</source>
        <translation>the user %1 is disabled</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="162"/>
        <source>the user %1 is locked after %2 failed logins until %3</source>
        <translation>the user %1 is locked after %2 failed logins until %3</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="128"/>
        <source>%1 has no Kakehashi role on this server (an administrator gives one with user add or user role)</source>
        <translation>%1 has no Kakehashi role on this server (an administrator gives one with user add or user role)</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="201"/>
        <source>the first user must be an administrator</source>
        <translation>the first user must be an administrator</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="203"/>
        <source>only an administrator may add users</source>
        <translation>only an administrator may add users</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="205"/>
        <source>a user name has 1 to 64 characters</source>
        <translation>a user name has 1 to 64 characters</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="207"/>
        <location filename="../../core/auth/auth.cpp" line="242"/>
        <source>a password has at least %1 characters</source>
        <translation>a password has at least %1 characters</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="210"/>
        <location filename="../../core/auth/auth.cpp" line="229"/>
        <source>a user %1 exists already</source>
        <translation>a user %1 exists already</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="240"/>
        <source>only an administrator may change another user&apos;s password</source>
        <translation>only an administrator may change another user&apos;s password</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="245"/>
        <location filename="../../core/auth/auth.cpp" line="261"/>
        <location filename="../../core/auth/auth.cpp" line="293"/>
        <location filename="../../core/auth/auth.cpp" line="308"/>
        <location filename="../../core/auth/auth.cpp" line="330"/>
        <location filename="../../core/auth/auth.cpp" line="344"/>
        <source>there is no user %1</source>
        <translation>there is no user %1</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="280"/>
        <source>%1 is the last active administrator: make another administrator first, or nobody could manage users any more</source>
        <translation>%1 is the last active administrator: make another administrator first, or nobody could manage users any more</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="288"/>
        <source>only an administrator may change roles</source>
        <translation>only an administrator may change roles</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="327"/>
        <source>only an administrator may disable users</source>
        <translation>only an administrator may disable users</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="397"/>
        <source>users %1 and %2 have the same password hash: one was copied from the other outside Kakehashi</source>
        <translation>users %1 and %2 have the same password hash: one was copied from the other outside Kakehashi</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="403"/>
        <source>user %1 was added outside Kakehashi: the audit trail never recorded it</source>
        <translation>user %1 was added outside Kakehashi: the audit trail never recorded it</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="407"/>
        <source>the role of %1 is %2, but the audit trail last gave it %3: the users table was edited</source>
        <translation>the role of %1 is %2, but the audit trail last gave it %3: the users table was edited</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="410"/>
        <source>%1 was disabled, but is enabled again without a record in the audit trail</source>
        <translation>%1 was disabled, but is enabled again without a record in the audit trail</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="412"/>
        <source>the password of %1 was replaced outside Kakehashi (its hash is not the one last set through the program)</source>
        <translation>the password of %1 was replaced outside Kakehashi (its hash is not the one last set through the program)</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="417"/>
        <source>the users table is empty although the database has had %1 user(s): it was emptied outside Kakehashi (the database stays closed to logins; restore a backup)</source>
        <translation>the users table is empty although the database has had %1 user(s): it was emptied outside Kakehashi (the database stays closed to logins; restore a backup)</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="426"/>
        <source>user %1 was deleted outside Kakehashi</source>
        <translation>user %1 was deleted outside Kakehashi</translation>
    </message>
</context>
<context>
    <name>kakehashi::io</name>
    <message>
        <location filename="../../core/io/csv.cpp" line="78"/>
        <source>a quoted field is not closed</source>
        <translation>a quoted field is not closed</translation>
    </message>
    <message>
        <location filename="../../core/io/csv.cpp" line="84"/>
        <source>text after the closing quote of a field</source>
        <translation>text after the closing quote of a field</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="58"/>
        <source>%1 %2, field %3: “%4” has no code in CP932; export as UTF-8 instead</source>
        <translation>%1 %2, field %3: “%4” has no code in CP932; export as UTF-8 instead</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="163"/>
        <location filename="../../core/io/xlsx_book.cpp" line="51"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="101"/>
        <source>%1, field %2: “%3” has no code in CP932; export as UTF-8 instead</source>
        <translation>%1, field %2: “%3” has no code in CP932; export as UTF-8 instead</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="139"/>
        <location filename="../../core/io/xlsx_book.cpp" line="25"/>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="51"/>
        <source>the database holds no school with code “%1”</source>
        <translation>the database holds no school with code “%1”</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="53"/>
        <source>the database holds no company with code “%1”</source>
        <translation>the database holds no company with code “%1”</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="55"/>
        <source>the database holds no student with number “%1”</source>
        <translation>the database holds no student with number “%1”</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="57"/>
        <source>the database holds no internship with number “%1”</source>
        <translation>the database holds no internship with number “%1”</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="58"/>
        <source>the database holds no event with number “%1”</source>
        <translation>the database holds no event with number “%1”</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="253"/>
        <source>the file is empty: a header row is needed</source>
        <translation>the file is empty: a header row is needed</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="277"/>
        <source>the key column is missing</source>
        <translation>the key column is missing</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="233"/>
        <source>bytes that are not %1 text</source>
        <translation>bytes that are not %1 text</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="335"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="365"/>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="372"/>
        <source>a value is required (it is the key)</source>
        <translation>a value is required (it is the key)</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="385"/>
        <source>the same key %1 is on line %2 already</source>
        <translation>the same key %1 is on line %2 already</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="433"/>
        <source>a value is required for a new record</source>
        <translation>a value is required for a new record</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="434"/>
        <source>the column is missing and a new record needs it</source>
        <translation>the column is missing and a new record needs it</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="504"/>
        <source>%1 of internship %2 is posted to the subsidy ledger (entry %3): reverse that payment before changing its attendance</source>
        <translation>%1 of internship %2 is posted to the subsidy ledger (entry %3): reverse that payment before changing its attendance</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="532"/>
        <source>internship %1 cannot be active while its checklist lacks: %2 (setting internship.checklist is on; record the checks with compliance checklist set, or an administrator overrides with a reason)</source>
        <translation>internship %1 cannot be active while its checklist lacks: %2 (setting internship.checklist is on; record the checks with compliance checklist set, or an administrator overrides with a reason)</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="588"/>
        <source>attendance on %1 would fall outside the new period</source>
        <translation>attendance on %1 would fall outside the new period</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="696"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
</context>
<context>
    <name>kakehashi::ledger</name>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="108"/>
        <location filename="../../core/ledger/evidence.cpp" line="77"/>
        <location filename="../../core/ledger/ledger.cpp" line="153"/>
        <location filename="../../core/ledger/transfer.cpp" line="127"/>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>“%1” is not a month (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="158"/>
        <source>%1 has not ended yet: a month is posted after its last day (%2; today is %3); nothing was posted</source>
        <translation>%1 has not ended yet: a month is posted after its last day (%2; today is %3); nothing was posted</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="180"/>
        <source>%1: posting ¥%2 would take FY%3&apos;s paid total to ¥%4, above its budget of ¥%5 by ¥%6; nothing was posted</source>
        <translation>%1: posting ¥%2 would take FY%3&apos;s paid total to ¥%4, above its budget of ¥%5 by ¥%6; nothing was posted</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="197"/>
        <source>%1: the month&apos;s claims are %2, not approved; with subsidy.approval on they are prepared, checked and approved before they are posted; nothing was posted</source>
        <translation>%1: the month&apos;s claims are %2, not approved; with subsidy.approval on they are prepared, checked and approved before they are posted; nothing was posted</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="201"/>
        <source>%1: the claims changed after they were approved; reject the month and prepare it again; nothing was posted</source>
        <translation>%1: the claims changed after they were approved; reject the month and prepare it again; nothing was posted</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="245"/>
        <source>a reversal needs a reason</source>
        <translation>a reversal needs a reason</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="254"/>
        <source>there is no ledger entry %1</source>
        <translation>there is no ledger entry %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="256"/>
        <source>entry %1 is a reversal; only a payment can be reversed</source>
        <translation>entry %1 is a reversal; only a payment can be reversed</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="258"/>
        <source>entry %1 has already been reversed</source>
        <translation>entry %1 has already been reversed</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="347"/>
        <source>the audit trail&apos;s last record</source>
        <translation>the audit trail&apos;s last record</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="354"/>
        <source>the witness file %1</source>
        <translation>the witness file %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="356"/>
        <source>the witness file %1 cannot be read as a witness</source>
        <translation>the witness file %1 cannot be read as a witness</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="358"/>
        <source>no witness file at %1</source>
        <translation>no witness file at %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="371"/>
        <source>entry %1 follows entry %2: entries are missing or out of order</source>
        <translation>entry %1 follows entry %2: entries are missing or out of order</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="373"/>
        <source>entry %1 does not continue the chain: its prev_hash is not the hash of entry %2 (an entry before it was changed, removed or reordered)</source>
        <translation>entry %1 does not continue the chain: its prev_hash is not the hash of entry %2 (an entry before it was changed, removed or reordered)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="388"/>
        <source>entry %1 was changed after it was posted: its hash does not match its contents</source>
        <translation>entry %1 was changed after it was posted: its hash does not match its contents</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="404"/>
        <source>entries %1–%2 are missing: %3 recorded %4 entries, the ledger holds %5 (its last entries were removed)</source>
        <translation>entries %1–%2 are missing: %3 recorded %4 entries, the ledger holds %5 (its last entries were removed)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="416"/>
        <source>entry %1 is not the one %2 recorded (hash %3): the ledger was rewritten</source>
        <translation>entry %1 is not the one %2 recorded (hash %3): the ledger was rewritten</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="421"/>
        <source>%1: %2 entries, last hash %3 — consistent</source>
        <translation>%1: %2 entries, last hash %3 — consistent</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="112"/>
        <source>a rejection needs a reason</source>
        <translation>a rejection needs a reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ledger/approval.cpp" line="127"/>
        <source>the claims changed after they were prepared (now %n payment(s), ¥%1); reject the month and prepare it again</source>
        <translation>
            <numerusform>the claims changed after they were prepared (now %n payment(s), ¥%1); reject the month and prepare it again</numerusform>
            <numerusform>the claims changed after they were prepared (now %n payment(s), ¥%1); reject the month and prepare it again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="135"/>
        <source>the month is %1 already; reject it first to prepare it again</source>
        <translation>the month is %1 already; reject it first to prepare it again</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="137"/>
        <source>there are no unpaid claims to prepare</source>
        <translation>there are no unpaid claims to prepare</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="140"/>
        <source>only a prepared month can be checked; it is %1</source>
        <translation>only a prepared month can be checked; it is %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="142"/>
        <source>%1 prepared the month; a second person must check it</source>
        <translation>%1 prepared the month; a second person must check it</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="146"/>
        <source>only a checked month can be approved; it is %1</source>
        <translation>only a checked month can be approved; it is %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="148"/>
        <source>%1 checked the month; another administrator must approve it</source>
        <translation>%1 checked the month; another administrator must approve it</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="152"/>
        <source>only a prepared, checked or approved month can be rejected; it is %1</source>
        <translation>only a prepared, checked or approved month can be rejected; it is %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="156"/>
        <source>%1 %2 the month; someone else must reject it</source>
        <translation>%1 %2 the month; someone else must reject it</translation>
    </message>
    <message>
        <location filename="../../core/ledger/budget.cpp" line="36"/>
        <source>FY%1 is outside %2–%3</source>
        <translation>FY%1 is outside %2–%3</translation>
    </message>
    <message>
        <location filename="../../core/ledger/budget.cpp" line="38"/>
        <source>a budget cannot be negative</source>
        <translation>a budget cannot be negative</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="33"/>
        <source>“%1” cannot be written in the half-width katakana of a bank transfer file</source>
        <translation>“%1” cannot be written in the half-width katakana of a bank transfer file</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="37"/>
        <source>“%1” is %2 characters in half-width katakana; the transfer file holds %3</source>
        <translation>“%1” is %2 characters in half-width katakana; the transfer file holds %3</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="92"/>
        <source>“%1” is not on or off</source>
        <translation>“%1” is not on or off</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="97"/>
        <source>the consortium&apos;s name is up to 100 characters on one line</source>
        <translation>the consortium&apos;s name is up to 100 characters on one line</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="106"/>
        <source>“%1” is not a number of years from 1 to 99</source>
        <translation>“%1” is not a number of years from 1 to 99</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="113"/>
        <source>“%1” is not a requester code of up to 10 digits</source>
        <translation>“%1” is not a requester code of up to 10 digits</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="138"/>
        <source>unknown setting “%1” (%2)</source>
        <translation>unknown setting “%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="188"/>
        <source>%1: approval needs separate people to prepare, check and approve; add users first (user add NAME --role …)</source>
        <translation>%1: approval needs separate people to prepare, check and approve; add users first (user add NAME --role …)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="141"/>
        <source>settings: %1: not set (kakehashi-cli settings set %1 VALUE)</source>
        <translation>settings: %1: not set (kakehashi-cli settings set %1 VALUE)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="146"/>
        <source>settings: %1: %2</source>
        <translation>settings: %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="146"/>
        <source>“%1” is not as stored by the program</source>
        <translation>“%1” is not as stored by the program</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="184"/>
        <source>%1: the account details are not complete: %2 empty</source>
        <translation>%1: the account details are not complete: %2 empty</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="198"/>
        <source>%1: account_holder_kana “%2”: %3 cannot be written in the half-width katakana of a bank transfer file</source>
        <translation>%1: account_holder_kana “%2”: %3 cannot be written in the half-width katakana of a bank transfer file</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="204"/>
        <source>%1: the name “%2” is cut to its first %3 characters, as the transfer file holds them</source>
        <translation>%1: the name “%2” is cut to its first %3 characters, as the transfer file holds them</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="213"/>
        <source>%1: ¥%2 does not fit the 10 digits of a transfer&apos;s amount</source>
        <translation>%1: ¥%2 does not fit the 10 digits of a transfer&apos;s amount</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="223"/>
        <source>%1: nothing to transfer: no student has a net payment above zero in that period</source>
        <translation>%1: nothing to transfer: no student has a net payment above zero in that period</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="225"/>
        <source>%1: the total ¥%2 does not fit the 12 digits of the trailer</source>
        <translation>%1: the total ¥%2 does not fit the 12 digits of the trailer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ledger/transfer.cpp" line="227"/>
        <source>%1: %n problem(s); no transfer file was written</source>
        <translation>
            <numerusform>%1: %n problem(s); no transfer file was written</numerusform>
            <numerusform>%1: %n problem(s); no transfer file was written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="234"/>
        <source>%1 is not a working day: a bank transfers on its business days</source>
        <translation>%1 is not a working day: a bank transfers on its business days</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="254"/>
        <source>entries %1 were paid by the transfer file for %2 made at %3 by %4</source>
        <translation>entries %1 were paid by the transfer file for %2 made at %3 by %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ledger/transfer.cpp" line="267"/>
        <source>%1: %n of the file&apos;s ledger entries were in an earlier transfer file; confirm to make the file again; no transfer file was written</source>
        <translation>
            <numerusform>%1: %n of the file&apos;s ledger entries were in an earlier transfer file; confirm to make the file again; no transfer file was written</numerusform>
            <numerusform>%1: %n of the file&apos;s ledger entries were in an earlier transfer file; confirm to make the file again; no transfer file was written</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="80"/>
        <source>there is no internship %1</source>
        <translation>there is no internship %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="82"/>
        <source>%1 lies outside internship %2 (%3 – %4)</source>
        <translation>%1 lies outside internship %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="85"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="87"/>
        <location filename="../../core/ledger/evidence.cpp" line="140"/>
        <source>%1: %2 bytes is more than the %3 MB a document may have</source>
        <translation>%1: %2 bytes is more than the %3 MB a document may have</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="93"/>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP): a signed timesheet is attached as the scan or photo of the paper</source>
        <translation>%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP): a signed timesheet is attached as the scan or photo of the paper</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="101"/>
        <source>%1 %2 has a signed timesheet already (%3, added by %4 at %5, sha256 %6); attach the new one as a replacement (--replace; Replace… in the window): the old one stays as version %7</source>
        <translation>%1 %2 has a signed timesheet already (%3, added by %4 at %5, sha256 %6); attach the new one as a replacement (--replace; Replace… in the window): the old one stays as version %7</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="138"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="164"/>
        <source>%1 %2 has no signed timesheet</source>
        <translation>%1 %2 has no signed timesheet</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="168"/>
        <source>%1 %2: the stored timesheet does not match its SHA-256 (%3); the database was altered</source>
        <translation>%1 %2: the stored timesheet does not match its SHA-256 (%3); the database was altered</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="243"/>
        <source>%1 %2: no signed timesheet for %3</source>
        <translation>%1 %2: no signed timesheet for %3</translation>
    </message>
</context>
<context>
    <name>kakehashi::reports</name>
    <message>
        <location filename="../../core/reports/timesheet.cpp" line="39"/>
        <source>there is no internship %1</source>
        <translation>there is no internship %1</translation>
    </message>
    <message>
        <location filename="../../core/reports/timesheet.cpp" line="52"/>
        <source>%1-%2 is not a month the calendar covers</source>
        <translation>%1-%2 is not a month the calendar covers</translation>
    </message>
    <message>
        <location filename="../../core/reports/timesheet.cpp" line="56"/>
        <source>%1 lies outside internship %2 (%3 – %4)</source>
        <translation>%1 lies outside internship %2 (%3 – %4)</translation>
    </message>
</context>
<context>
    <name>kakehashi::rules</name>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="23"/>
        <source>the internship is cancelled</source>
        <translation>the internship is cancelled</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="25"/>
        <source>the student&apos;s programme is %1, not sme_internship</source>
        <translation>the student&apos;s programme is %1, not sme_internship</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="27"/>
        <source>the student has no graduation date</source>
        <translation>the student has no graduation date</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="33"/>
        <source>not in the final year: graduation on %1 is in FY%2, the start on %3 in FY%4</source>
        <translation>not in the final year: graduation on %1 is in FY%2, the start on %3 in FY%4</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="40"/>
        <source>a final-year student&apos;s internship may start from %1; it starts on %2</source>
        <translation>a final-year student&apos;s internship may start from %1; it starts on %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="46"/>
        <source>already employed: a placement was decided on %1, on or before the start on %2</source>
        <translation>already employed: a placement was decided on %1, on or before the start on %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="80"/>
        <source>no daily rate is in force on %1</source>
        <translation>no daily rate is in force on %1</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="32"/>
        <source>“%1”: a date&apos;s year lies between %2 and %3</source>
        <translation>“%1”: a date&apos;s year lies between %2 and %3</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="35"/>
        <source>“%1” is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY/M/D, a real calendar day)</source>
        <translation>“%1” is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY/M/D, a real calendar day)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="46"/>
        <source>“%1” is not a boolean (true/false, 1/0, yes/no)</source>
        <translation>“%1” is not a boolean (true/false, 1/0, yes/no)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="67"/>
        <source>“%1” is not an amount in whole yen (e.g. 7000, ¥7,000)</source>
        <translation>“%1” is not an amount in whole yen (e.g. 7000, ¥7,000)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="76"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="80"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 is outside %2–%3</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="91"/>
        <source>“%1” is not a number of hours</source>
        <translation>“%1” is not a number of hours</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="104"/>
        <source>hours must lie between 0 and 24, not %1</source>
        <translation>hours must lie between 0 and 24, not %1</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="130"/>
        <source>“%1” is not a prefecture (a JIS code 01–47 or a name such as 東京都)</source>
        <translation>“%1” is not a prefecture (a JIS code 01–47 or a name such as 東京都)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="140"/>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is not one of: %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="147"/>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code</source>
        <translation>“%1” is not an ISO 3166-1 alpha-2 country code</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="153"/>
        <source>a corporate number (法人番号) has 13 digits, not “%1”</source>
        <translation>a corporate number (法人番号) has 13 digits, not “%1”</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="163"/>
        <source>the check digit of corporate number %1 is wrong (it should be %2)</source>
        <translation>the check digit of corporate number %1 is wrong (it should be %2)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="170"/>
        <source>“%1” is not %2 digits</source>
        <translation>“%1” is not %2 digits</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="178"/>
        <source>“%1” is not an e-mail address</source>
        <translation>“%1” is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="208"/>
        <source>holds a control character (%1) at position %2; only memo may hold line breaks and tabs</source>
        <translation>holds a control character (%1) at position %2; only memo may hold line breaks and tabs</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="213"/>
        <source>a key holds no space or invisible character, but this one has %1 at position %2</source>
        <translation>a key holds no space or invisible character, but this one has %1 at position %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="218"/>
        <source>a key has at most %1 characters, this one has %2</source>
        <translation>a key has at most %1 characters, this one has %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="220"/>
        <source>a name may not begin with %1 (a spreadsheet would take it for a formula)</source>
        <translation>a name may not begin with %1 (a spreadsheet would take it for a formula)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="240"/>
        <source>a reason may not begin with %1 (a spreadsheet would take it for a formula)</source>
        <translation>a reason may not begin with %1 (a spreadsheet would take it for a formula)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="243"/>
        <source>a reason holds no control character (%1)</source>
        <translation>a reason holds no control character (%1)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="325"/>
        <source>the student would be younger than %1 on the enrolment date %2</source>
        <translation>the student would be younger than %1 on the enrolment date %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="334"/>
        <source>completed on %1, before the enrolment on %2</source>
        <translation>completed on %1, before the enrolment on %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="346"/>
        <location filename="../../core/rules/validation.cpp" line="389"/>
        <source>the end %1 is before the start %2</source>
        <translation>the end %1 is before the start %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="349"/>
        <source>an internship lasts less than 6 months: from %1 it must end before %2</source>
        <translation>an internship lasts less than 6 months: from %1 it must end before %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="368"/>
        <source>overlaps the student&apos;s internship %1 (%2 … %3)</source>
        <translation>overlaps the student&apos;s internship %1 (%2 … %3)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="380"/>
        <source>“%1” is not a residence card number (two capital letters, eight digits, two capital letters, e.g. AB12345678CD)</source>
        <translation>“%1” is not a residence card number (two capital letters, eight digits, two capital letters, e.g. AB12345678CD)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="396"/>
        <source>overlaps the school&apos;s vacation from %1 (%2 … %3)</source>
        <translation>overlaps the school&apos;s vacation from %1 (%2 … %3)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="404"/>
        <source>%1 is outside the internship&apos;s period %2 … %3</source>
        <translation>%1 is outside the internship&apos;s period %2 … %3</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="417"/>
        <source>a column without a name</source>
        <translation>a column without a name</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="419"/>
        <source>unknown column “%1” in a %2 file</source>
        <translation>unknown column “%1” in a %2 file</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="421"/>
        <source>column “%1” appears twice</source>
        <translation>column “%1” appears twice</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="480"/>
        <source>required when the outcome is employed (true for a Japanese company)</source>
        <translation>required when the outcome is employed (true for a Japanese company)</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="484"/>
        <source>give exactly one of student_no and company_code</source>
        <translation>give exactly one of student_no and company_code</translation>
    </message>
    <message>
        <location filename="../../core/rules/zengin_kana.cpp" line="101"/>
        <source>“%1” is not katakana: the account holder&apos;s name as the bank holds it, in katakana (full- or half-width), e.g. グエン ヴァン アン</source>
        <translation>“%1” is not katakana: the account holder&apos;s name as the bank holds it, in katakana (full- or half-width), e.g. グエン ヴァン アン</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="43"/>
        <source>residence card copy seen</source>
        <translation>residence card copy seen</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="45"/>
        <source>work permission</source>
        <translation>work permission</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="47"/>
        <source>internship agreement signed by the company</source>
        <translation>internship agreement signed by the company</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="49"/>
        <source>insurance</source>
        <translation>insurance</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="57"/>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="60"/>
        <source>the kind of permission (none, general, individual) is not recorded</source>
        <translation>the kind of permission (none, general, individual) is not recorded</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="63"/>
        <source>no date of the individual permission</source>
        <translation>no date of the individual permission</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="65"/>
        <source>no number of the individual permission</source>
        <translation>no number of the individual permission</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="71"/>
        <source>no scanned document attached</source>
        <translation>no scanned document attached</translation>
    </message>
</context>
<context>
    <name>kakehashi::services</name>
    <message>
        <location filename="../../core/services/records.cpp" line="27"/>
        <source>%1 is stored already: open it to correct it</source>
        <translation>%1 is stored already: open it to correct it</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="84"/>
        <source>%1 fields where the kind has %2</source>
        <translation>%1 fields where the kind has %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="94"/>
        <location filename="../../core/services/checklist.cpp" line="133"/>
        <location filename="../../core/services/checklist.cpp" line="263"/>
        <location filename="../../core/services/checklist.cpp" line="409"/>
        <source>there is no internship %1</source>
        <translation>there is no internship %1</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="137"/>
        <source>the day of the verification is required</source>
        <translation>the day of the verification is required</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="139"/>
        <source>%1 is in the future: a check is recorded once it was done</source>
        <translation>%1 is in the future: a check is recorded once it was done</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="151"/>
        <source>%1: the permission is none, general or individual (given “%2”)</source>
        <translation>%1: the permission is none, general or individual (given “%2”)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="156"/>
        <source>%1: an individual permission needs its date (YYYY-MM-DD)</source>
        <translation>%1: an individual permission needs its date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="158"/>
        <source>%1: the permission&apos;s date %2 is in the future</source>
        <translation>%1: the permission&apos;s date %2 is in the future</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="162"/>
        <source>%1: an individual permission needs its number (up to 64 characters)</source>
        <translation>%1: an individual permission needs its number (up to 64 characters)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="164"/>
        <source>%1: a date and number are for an individual permission only</source>
        <translation>%1: a date and number are for an individual permission only</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="167"/>
        <source>%1: a permission is recorded with the item work_permission only</source>
        <translation>%1: a permission is recorded with the item work_permission only</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="177"/>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="179"/>
        <source>%1: %2 bytes is more than the %3 MB a document may have</source>
        <translation>%1: %2 bytes is more than the %3 MB a document may have</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="185"/>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP)</source>
        <translation>%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="241"/>
        <source>an override needs a reason</source>
        <translation>an override needs a reason</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="246"/>
        <source>internship %1 is %2: only a planned internship becomes active</source>
        <translation>internship %1 is %2: only a planned internship becomes active</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="248"/>
        <source>internship %1 is active and its checklist is complete: nothing to override</source>
        <translation>internship %1 is active and its checklist is complete: nothing to override</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="273"/>
        <source>internship %1 cannot be active: %2</source>
        <translation>internship %1 cannot be active: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="286"/>
        <source>%1 has no document for %2</source>
        <translation>%1 has no document for %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="289"/>
        <source>%1 %2: the stored document does not match its SHA-256 (%3); the database was altered</source>
        <translation>%1 %2: the stored document does not match its SHA-256 (%3); the database was altered</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="323"/>
        <source>the student&apos;s residence card expiry is not recorded</source>
        <translation>the student&apos;s residence card expiry is not recorded</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="335"/>
        <source>the residence card expires on %1, before the internship ends (%2)</source>
        <translation>the residence card expires on %1, before the internship ends (%2)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="337"/>
        <source>the residence card expired on %1</source>
        <translation>the residence card expired on %1</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="338"/>
        <source>the residence card expires on %1, within %2 days</source>
        <translation>the residence card expires on %1, within %2 days</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="352"/>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="357"/>
        <source>bytes that are not text in the encoding</source>
        <translation>bytes that are not text in the encoding</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="362"/>
        <source>the file has no header</source>
        <translation>the file has no header</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="374"/>
        <location filename="../../core/services/relations.cpp" line="551"/>
        <source>unknown column (known: %1)</source>
        <translation>unknown column (known: %1)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="376"/>
        <source>the column is repeated</source>
        <translation>the column is repeated</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="380"/>
        <source>the column is missing</source>
        <translation>the column is missing</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="392"/>
        <location filename="../../core/services/relations.cpp" line="567"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="407"/>
        <location filename="../../core/services/japanese_training.cpp" line="47"/>
        <location filename="../../core/services/japanese_training.cpp" line="55"/>
        <location filename="../../core/services/japanese_training.cpp" line="73"/>
        <location filename="../../core/services/japanese_training.cpp" line="99"/>
        <location filename="../../core/services/records.cpp" line="100"/>
        <location filename="../../core/services/relations.cpp" line="44"/>
        <location filename="../../core/services/relations.cpp" line="232"/>
        <location filename="../../core/services/relations.cpp" line="237"/>
        <location filename="../../core/services/relations.cpp" line="333"/>
        <location filename="../../core/services/relations.cpp" line="363"/>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="412"/>
        <source>“%1” is not an item (residence_card, work_permission, agreement, insurance)</source>
        <translation>“%1” is not an item (residence_card, work_permission, agreement, insurance)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="417"/>
        <location filename="../../core/services/japanese_training.cpp" line="79"/>
        <location filename="../../core/services/relations.cpp" line="76"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="427"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="429"/>
        <source>%1: more than the %2 MB a document may have</source>
        <translation>%1: more than the %2 MB a document may have</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="102"/>
        <source>no record with the key “%1” is stored</source>
        <translation>no record with the key “%1” is stored</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="117"/>
        <source>%1 is no longer stored</source>
        <translation>%1 is no longer stored</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="135"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="137"/>
        <source>%1 was changed by %2 at %3 after you opened it</source>
        <translation>%1 was changed by %2 at %3 after you opened it</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="157"/>
        <source>the key of a stored record cannot change</source>
        <translation>the key of a stored record cannot change</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="181"/>
        <source>records of this kind are not archived</source>
        <translation>records of this kind are not archived</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="37"/>
        <source>the student number is missing</source>
        <translation>the student number is missing</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="39"/>
        <source>the status ends on %1, not after it was granted on %2</source>
        <translation>the status ends on %1, not after it was granted on %2</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="44"/>
        <source>the status ends on %1, more than six months after it was granted (%2 at the latest)</source>
        <translation>the status ends on %1, more than six months after it was granted (%2 at the latest)</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="49"/>
        <source>the renewal ends on %1, not after the status&apos;s first end %2</source>
        <translation>the renewal ends on %1, not after the status&apos;s first end %2</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="54"/>
        <source>the one renewal ends on %1, more than six months after %2 (%3 at the latest)</source>
        <translation>the one renewal ends on %1, more than six months after %2 (%3 at the latest)</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="59"/>
        <source>the school&apos;s letter needs both who issued it and when</source>
        <translation>the school&apos;s letter needs both who issued it and when</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="61"/>
        <source>more than 200 characters</source>
        <translation>more than 200 characters</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="64"/>
        <source>the school&apos;s letter of %1 is dated after the status was granted on %2</source>
        <translation>the school&apos;s letter of %1 is dated after the status was granted on %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="104"/>
        <source>purpose: “%1” is not one of %2</source>
        <translation>purpose: “%1” is not one of %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="106"/>
        <source>method: “%1” is not one of %2</source>
        <translation>method: “%1” is not one of %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="109"/>
        <source>given on: “%1” is not a date</source>
        <translation>given on: “%1” is not a date</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="49"/>
        <location filename="../../core/services/privacy.cpp" line="113"/>
        <location filename="../../core/services/privacy.cpp" line="295"/>
        <location filename="../../core/services/privacy.cpp" line="348"/>
        <location filename="../../core/services/privacy.cpp" line="663"/>
        <location filename="../../core/services/relations.cpp" line="355"/>
        <source>there is no student %1</source>
        <translation>there is no student %1</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="115"/>
        <source>%1 has a consent for %2 given on %3 already</source>
        <translation>%1 has a consent for %2 given on %3 already</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="117"/>
        <source>%1 has a consent for %2 in force since %3: withdraw it first</source>
        <translation>%1 has a consent for %2 in force since %3: withdraw it first</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="140"/>
        <source>%1 has no consent for %2 in force on %3</source>
        <translation>%1 has no consent for %2 in force on %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="181"/>
        <source>%1:%2: bytes that are neither UTF-8 nor CP932 text</source>
        <translation>%1:%2: bytes that are neither UTF-8 nor CP932 text</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="187"/>
        <source>%1: empty file (the header is %2)</source>
        <translation>%1: empty file (the header is %2)</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="192"/>
        <source>%1:%2: the header must be %3</source>
        <translation>%1:%2: the header must be %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="199"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="202"/>
        <source>%1:%2: %3 fields, the header has 6</source>
        <translation>%1:%2: %3 fields, the header has 6</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="212"/>
        <source>: required</source>
        <translation>: required</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="214"/>
        <source>: there is no student %1</source>
        <translation>: there is no student %1</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="216"/>
        <location filename="../../core/services/privacy.cpp" line="231"/>
        <source>: “%1” is not one of %2</source>
        <translation>: “%1” is not one of %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="220"/>
        <location filename="../../core/services/privacy.cpp" line="225"/>
        <source>: “%1” is not a date</source>
        <translation>: “%1” is not a date</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="229"/>
        <source>: %1 is before given_on %2</source>
        <translation>: %1 is before given_on %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="236"/>
        <source>: the same consent as line %1</source>
        <translation>: the same consent as line %1</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="243"/>
        <source>
nothing was imported</source>
        <translation>
nothing was imported</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="330"/>
        <source>kind: “%1” is not one of %2</source>
        <translation>kind: “%1” is not one of %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="333"/>
        <source>received: “%1” is not a date</source>
        <translation>received: “%1” is not a date</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="340"/>
        <source>due: “%1” is not a date</source>
        <translation>due: “%1” is not a date</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="342"/>
        <source>due: %1 is before the day it was received (%2)</source>
        <translation>due: %1 is before the day it was received (%2)</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="365"/>
        <source>there is no request %1</source>
        <translation>there is no request %1</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="367"/>
        <source>request %1 was answered on %2 already</source>
        <translation>request %1 was answered on %2 already</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="369"/>
        <source>request %1 was received on %2, after %3</source>
        <translation>request %1 was received on %2, after %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="616"/>
        <source>merge: “%1” is neither students nor companies</source>
        <translation>merge: “%1” is neither students nor companies</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="618"/>
        <source>merge: %1 cannot be merged into itself</source>
        <translation>merge: %1 cannot be merged into itself</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="625"/>
        <source>there is no %1 %2</source>
        <translation>there is no %1 %2</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="625"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="625"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="627"/>
        <source>%1 is not merged into %2: it is named by history that is never rewritten: %3</source>
        <translation>%1 is not merged into %2: it is named by history that is never rewritten: %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="633"/>
        <source>no references moved</source>
        <translation>no references moved</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="633"/>
        <source>moved: %1</source>
        <translation>moved: %1</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="665"/>
        <source>%1 was anonymised already</source>
        <translation>%1 was anonymised already</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="688"/>
        <source>%1 is not anonymised: the subsidy ledger needs the student until the end of fiscal year %2 (retention.ledger %3 years from their latest entry)</source>
        <translation>%1 is not anonymised: the subsidy ledger needs the student until the end of fiscal year %2 (retention.ledger %3 years from their latest entry)</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="48"/>
        <source>%1 characters is more than the 64 a key may have</source>
        <translation>%1 characters is more than the 64 a key may have</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="51"/>
        <source>a key may hold no space, control or invisible character</source>
        <translation>a key may hold no space, control or invisible character</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="59"/>
        <source>begins or ends with a space</source>
        <translation>begins or ends with a space</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="61"/>
        <location filename="../../core/services/relations.cpp" line="59"/>
        <source>%1 characters is more than the %2 allowed</source>
        <translation>%1 characters is more than the %2 allowed</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="64"/>
        <location filename="../../core/services/relations.cpp" line="63"/>
        <source>holds a control character</source>
        <translation>holds a control character</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="89"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 is not between %2 and %3</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="100"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="115"/>
        <source>%1 is before the start %2</source>
        <translation>%1 is before the start %2</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="86"/>
        <source>“%1” is not a telephone number (digits, +, -, spaces and brackets)</source>
        <translation>“%1” is not a telephone number (digits, +, -, spaces and brackets)</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="234"/>
        <location filename="../../core/services/relations.cpp" line="353"/>
        <source>there is no company %1</source>
        <translation>there is no company %1</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="249"/>
        <source>a former contact cannot be the company&apos;s primary contact</source>
        <translation>a former contact cannot be the company&apos;s primary contact</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="336"/>
        <source>“%1” is not a kind of activity (%2)</source>
        <translation>“%1” is not a kind of activity (%2)</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="342"/>
        <source>there is no contact %1</source>
        <translation>there is no contact %1</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="347"/>
        <source>%1 (%2) is a contact of %3, not of %4</source>
        <translation>%1 (%2) is a contact of %3, not of %4</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="351"/>
        <source>an activity concerns a company, a student or both</source>
        <translation>an activity concerns a company, a student or both</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="361"/>
        <source>%1 (%2) asked not to be contacted</source>
        <translation>%1 (%2) asked not to be contacted</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="368"/>
        <source>a date for the next step needs the next step</source>
        <translation>a date for the next step needs the next step</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="532"/>
        <source>unknown encoding “%1” (auto, utf-8, cp932)</source>
        <translation>unknown encoding “%1” (auto, utf-8, cp932)</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="538"/>
        <source>bytes that are not text in %1</source>
        <translation>bytes that are not text in %1</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="544"/>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="555"/>
        <source>the column is given twice</source>
        <translation>the column is given twice</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="560"/>
        <source>the key column is missing</source>
        <translation>the key column is missing</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="584"/>
        <source>“%1” is not true or false</source>
        <translation>“%1” is not true or false</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::JapaneseTraining</name>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="377"/>
        <source>unknown encoding “%1” (auto, utf-8, cp932)</source>
        <translation>unknown encoding “%1” (auto, utf-8, cp932)</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="383"/>
        <source>bytes that are not text in %1</source>
        <translation>bytes that are not text in %1</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="389"/>
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="394"/>
        <source>unknown column (known: %1)</source>
        <translation>unknown column (known: %1)</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="398"/>
        <source>the column is given twice</source>
        <translation>the column is given twice</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="403"/>
        <source>the column is missing</source>
        <translation>the column is missing</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="419"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 fields where the header has %2</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="456"/>
        <source>%1 is given twice (first on line %2)</source>
        <translation>%1 is given twice (first on line %2)</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::JobHuntingService</name>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="111"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="117"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="119"/>
        <source>%1: no header</source>
        <translation>%1: no header</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="126"/>
        <source>%1, line %2: the header must be %3</source>
        <translation>%1, line %2: the header must be %3</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="131"/>
        <source>%1, line %2, %3</source>
        <translation>%1, line %2, %3</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="133"/>
        <source>%1: %2 fields, the header has %3</source>
        <translation>%1: %2 fields, the header has %3</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="134"/>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="142"/>
        <source>%1: a date is required</source>
        <translation>%1: a date is required</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="147"/>
        <source>%1: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>%1: “%2” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="152"/>
        <location filename="../../core/services/job_hunting.cpp" line="156"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::Letters</name>
    <message>
        <location filename="../../core/services/letters.cpp" line="57"/>
        <source>“%1” is not a letter template (%2)</source>
        <translation>“%1” is not a letter template (%2)</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="62"/>
        <source>there is no student %1</source>
        <translation>there is no student %1</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="82"/>
        <source>%1 has not completed the programme (no completed_on)</source>
        <translation>%1 has not completed the programme (no completed_on)</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="86"/>
        <source>%1 has no graduation_date: the recommendation for job-hunting status is written for a graduate</source>
        <translation>%1 has no graduation_date: the recommendation for job-hunting status is written for a graduate</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="92"/>
        <source>a payment notice needs the month (YYYY-MM)</source>
        <translation>a payment notice needs the month (YYYY-MM)</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="95"/>
        <source>the ledger holds no payment to %1 for %2</source>
        <translation>the ledger holds no payment to %1 for %2</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="100"/>
        <source>an invitation needs the event (--event NO)</source>
        <translation>an invitation needs the event (--event NO)</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="103"/>
        <source>there is no event %1</source>
        <translation>there is no event %1</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="124"/>
        <source>Letter “%1” sent (%2)</source>
        <translation>Letter “%1” sent (%2)</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="126"/>
        <source>for event %1</source>
        <translation>for event %1</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="128"/>
        <source>for %1, ¥%2</source>
        <translation>for %1, ¥%2</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::Relations</name>
    <message>
        <location filename="../../core/services/relations.cpp" line="274"/>
        <source>contact_no: there is a contact %1 already</source>
        <translation>contact_no: there is a contact %1 already</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="293"/>
        <source>contact_no: there is no contact %1</source>
        <translation>contact_no: there is no contact %1</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="400"/>
        <source>activity_no: there is an activity %1 already</source>
        <translation>activity_no: there is an activity %1 already</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="416"/>
        <source>activity_no: there is no activity %1</source>
        <translation>activity_no: there is no activity %1</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="419"/>
        <source>%1 may not change activity %2: only its author (%3) or an administrator may</source>
        <translation>%1 may not change activity %2: only its author (%3) or an administrator may</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="448"/>
        <source>there is no activity %1</source>
        <translation>there is no activity %1</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="450"/>
        <source>activity %1 has no next step</source>
        <translation>activity %1 has no next step</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="607"/>
        <location filename="../../core/services/relations.cpp" line="684"/>
        <source>%1 is given twice (first on line %2)</source>
        <translation>%1 is given twice (first on line %2)</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="617"/>
        <location filename="../../core/services/relations.cpp" line="695"/>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="638"/>
        <source>%1 has a primary contact on line %2 already</source>
        <translation>%1 has a primary contact on line %2 already</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="718"/>
        <source>%1 may record activities only as themself, not as %2</source>
        <translation>%1 may record activities only as themself, not as %2</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="725"/>
        <source>the author of an activity is not changed (%1)</source>
        <translation>the author of an activity is not changed (%1)</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="728"/>
        <source>only its author (%1) or an administrator may change %2</source>
        <translation>only its author (%1) or an administrator may change %2</translation>
    </message>
</context>
<context>
    <name>kakehashi::storage</name>
    <message>
        <location filename="../../core/storage/attendance_store.cpp" line="110"/>
        <source>there is no internship %1</source>
        <translation>there is no internship %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/attendance_store.cpp" line="114"/>
        <source>%1 is outside the internship&apos;s period %2 … %3</source>
        <translation>%1 is outside the internship&apos;s period %2 … %3</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="187"/>
        <source>the audit trail&apos;s seals cannot be read: %1</source>
        <translation>the audit trail&apos;s seals cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="200"/>
        <source>audit row %1 was deleted: its seal is there, the row is not</source>
        <translation>audit row %1 was deleted: its seal is there, the row is not</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="229"/>
        <source>audit row %1 does not follow the row before it: a row before it was removed or inserted</source>
        <translation>audit row %1 does not follow the row before it: a row before it was removed or inserted</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="232"/>
        <source>audit row %1 was changed after it was written (its seal does not match)</source>
        <translation>audit row %1 was changed after it was written (its seal does not match)</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="238"/>
        <source>%1 audit row(s) from row %2 on have no seal: they were added outside Kakehashi</source>
        <translation>%1 audit row(s) from row %2 on have no seal: they were added outside Kakehashi</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="116"/>
        <source>no file name given for the output</source>
        <translation>no file name given for the output</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="135"/>
        <source>%1 is the open database%2: an output never overwrites it; choose another file</source>
        <translation>%1 is the open database%2: an output never overwrites it; choose another file</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="137"/>
        <source> (its file %1)</source>
        <translation> (its file %1)</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="140"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../core/storage/compliance_store.cpp" line="217"/>
        <source>the database holds no employed placement with number “%1”</source>
        <translation>the database holds no employed placement with number “%1”</translation>
    </message>
    <message>
        <location filename="../../core/storage/compliance_store.cpp" line="254"/>
        <location filename="../../core/storage/job_hunting_store.cpp" line="77"/>
        <source>the database holds no student with number “%1”</source>
        <translation>the database holds no student with number “%1”</translation>
    </message>
</context>
<context>
    <name>kakehashi::storage::OutputFile</name>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="149"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>cannot write %1: the folder %2 does not exist</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="154"/>
        <location filename="../../core/storage/output_file.cpp" line="177"/>
        <location filename="../../core/storage/output_file.cpp" line="193"/>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="198"/>
        <source>cannot move the new file into place at %1: %2</source>
        <translation>cannot move the new file into place at %1: %2</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui</name>
    <message>
        <location filename="../../ui/printing.cpp" line="27"/>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::About</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.cpp" line="16"/>
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Commit %2&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Schema version %4 (the newest this program knows: %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Commit %2&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Schema version %4 (the newest this program knows: %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.cpp" line="32"/>
        <source>About Kakehashi</source>
        <translation>About Kakehashi</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AdvisorView</name>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="60"/>
        <source>Student number, then Enter</source>
        <translation>Student number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="61"/>
        <source>Holds the 専門士 title</source>
        <translation>Holds the 専門士 title</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="63"/>
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="72"/>
        <source>This is advice, not a decision: the Immigration Services Agency decides. The rules are data an administrator keeps up to date (kakehashi-cli advisor rules).</source>
        <translation>This is advice, not a decision: the Immigration Services Agency decides. The rules are data an administrator keeps up to date (kakehashi-cli advisor rules).</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="77"/>
        <source>Students at risk of no work status after graduating:</source>
        <translation>Students at risk of no work status after graduating:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="81"/>
        <source>Work-visa advisor</source>
        <translation>Work-visa advisor</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="91"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="111"/>
        <source>Record &amp;introduction</source>
        <translation>Record &amp;introduction</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="112"/>
        <location filename="../../ui/views/advisor_view.cpp" line="149"/>
        <source>Records a counselling event (STEP 2) with the company and the selected student</source>
        <translation>Records a counselling event (STEP 2) with the company and the selected student</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="113"/>
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>JLPT</source>
        <translation>JLPT</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="118"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="118"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="124"/>
        <source>Matching (STEP 2)</source>
        <translation>Matching (STEP 2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="160"/>
        <source>No student with number “%1”.</source>
        <translation>No student with number “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="165"/>
        <source>%1 %2 · %3 · field “%4” (pattern %5) · JLPT %6</source>
        <translation>%1 %2 · %3 · field “%4” (pattern %5) · JLPT %6</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="176"/>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="176"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="176"/>
        <source>barrier</source>
        <translation>barrier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/advisor_view.cpp" line="203"/>
        <source>%n student(s) from the company&apos;s overseas markets, not yet employed</source>
        <translation>
            <numerusform>%n student from the company&apos;s overseas markets, not yet employed</numerusform>
            <numerusform>%n students from the company&apos;s overseas markets, not yet employed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="213"/>
        <source>Record introduction</source>
        <translation>Record introduction</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="213"/>
        <source>Choose a student in the list first.</source>
        <translation>Choose a student in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="219"/>
        <source>Introduction recorded as event %1.</source>
        <translation>Introduction recorded as event %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="222"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AttendanceView</name>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="78"/>
        <source>&amp;Internship:</source>
        <translation>&amp;Internship:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="80"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Select days and type P (present), A (absent), L (leave) or Delete</source>
        <translation type="vanished">Select days and type P (present), A (absent), L (leave) or Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="162"/>
        <source>&amp;Fill working days as present</source>
        <translation>&amp;Fill working days as present</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="163"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="165"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="173"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="175"/>
        <source>&amp;Hours per present day:</source>
        <translation>&amp;Hours per present day:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="372"/>
        <source>No internship chosen.</source>
        <translation>No internship chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="373"/>
        <source>%1 at %2, %3 … %4 (%5)</source>
        <translation>%1 at %2, %3 … %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="377"/>
        <source>This month is posted to the subsidy ledger (entry %1). Its attendance cannot change until an administrator reverses that payment.</source>
        <translation>This month is posted to the subsidy ledger (entry %1). Its attendance cannot change until an administrator reverses that payment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="422"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="422"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="423"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="148"/>
        <location filename="../../ui/views/attendance_view.cpp" line="342"/>
        <location filename="../../ui/views/attendance_view.cpp" line="435"/>
        <source>Outside the internship</source>
        <translation>Outside the internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="69"/>
        <source>Previous month (Alt+Left)</source>
        <translation>Previous month (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="74"/>
        <source>Next month (Alt+Right)</source>
        <translation>Next month (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="115"/>
        <source>Click a day to change it; select days and type P (present), A (absent), L (leave) or Delete; right click for a menu</source>
        <translation>Click a day to change it; select days and type P (present), A (absent), L (leave) or Delete; right click for a menu</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="144"/>
        <source>P present</source>
        <translation>P present</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="145"/>
        <source>A absent</source>
        <translation>A absent</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="146"/>
        <source>L leave</source>
        <translation>L leave</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="147"/>
        <source>Weekend or holiday</source>
        <translation>Weekend or holiday</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="149"/>
        <location filename="../../ui/views/attendance_view.cpp" line="439"/>
        <source>Planned (after today)</source>
        <translation>Planned (after today)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="258"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="259"/>
        <source>Save the attendance of %1 for %2?</source>
        <translation>Save the attendance of %1 for %2?</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="260"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="263"/>
        <source>The days you marked are lost if you do not save them.</source>
        <translation>The days you marked are lost if you do not save them.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="266"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="336"/>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="337"/>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="338"/>
        <source>&amp;Leave</source>
        <translation>&amp;Leave</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="340"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="519"/>
        <source>Work-hour limit: %1 h in the 7 days %2 … %3, over the %4 h a week of the student&apos;s status of residence</source>
        <translation>Work-hour limit: %1 h in the 7 days %2 … %3, over the %4 h a week of the student&apos;s status of residence</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="523"/>
        <source>Work-hour limit: %1 h on %2, a day of the school&apos;s long vacation (at most %3 h a day)</source>
        <translation>Work-hour limit: %1 h on %2, a day of the school&apos;s long vacation (at most %3 h a day)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/attendance_view.cpp" line="527"/>
        <source>(%n breach(es) in all)</source>
        <translation>
            <numerusform>(%n breach(es) in all)</numerusform>
            <numerusform>(%n breach(es) in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="555"/>
        <source>Present: %1 day(s) · subsidy ¥%2</source>
        <translation>Present: %1 day(s) · subsidy ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="556"/>
        <source>Present: %1 day(s) · no subsidy: %2</source>
        <translation>Present: %1 day(s) · no subsidy: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="596"/>
        <source>Attendance not saved</source>
        <translation>Attendance not saved</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AuditView</name>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="44"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="45"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="46"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="47"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="48"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="49"/>
        <source>logged in</source>
        <translation>logged in</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="50"/>
        <source>login failed</source>
        <translation>login failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="51"/>
        <source>locked out</source>
        <translation>locked out</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="52"/>
        <source>role changed</source>
        <translation>role changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="53"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="54"/>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="55"/>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="56"/>
        <source>posted</source>
        <translation>posted</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="57"/>
        <source>reversed</source>
        <translation>reversed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="69"/>
        <location filename="../../ui/views/audit_view.cpp" line="132"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="91"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="93"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="107"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="111"/>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="114"/>
        <location filename="../../ui/views/audit_view.cpp" line="127"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="121"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="123"/>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="135"/>
        <source>a record&apos;s key, exactly (e.g. ST0001)</source>
        <translation>a record&apos;s key, exactly (e.g. ST0001)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="139"/>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="141"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="150"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="151"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="152"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="153"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="154"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="155"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="156"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="157"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="178"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="178"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="205"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="206"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit_view.cpp" line="325"/>
        <source>%n row(s) of the newest %1 of %2 entries; narrow the filters to see older ones (an export has them all)</source>
        <translation>
            <numerusform>%n row of the newest %1 of %2 entries; narrow the filters to see older ones (an export has them all)</numerusform>
            <numerusform>%n rows of the newest %1 of %2 entries; narrow the filters to see older ones (an export has them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit_view.cpp" line="330"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="352"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit_view.cpp" line="356"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="362"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistCheckDialog</name>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="285"/>
        <source>Record a check of internship %1</source>
        <translation>Record a check of internship %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="290"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="295"/>
        <source>Verified &amp;on</source>
        <translation>Verified &amp;on</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="299"/>
        <source>&amp;Permission</source>
        <translation>&amp;Permission</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="304"/>
        <source>Permission &amp;date</source>
        <translation>Permission &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="307"/>
        <source>Permission &amp;number</source>
        <translation>Permission &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="310"/>
        <source>the scanned PDF or image</source>
        <translation>the scanned PDF or image</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="311"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="314"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="316"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="322"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="330"/>
        <source>Scanned document</source>
        <translation>Scanned document</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="331"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="356"/>
        <source>An individual permission needs its number.</source>
        <translation>An individual permission needs its number.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="358"/>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="360"/>
        <source>Without a document the item stays missing (a document already attached is kept).</source>
        <translation>Without a document the item stays missing (a document already attached is kept).</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="363"/>
        <source>Without a document</source>
        <translation>Without a document</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistMissingList</name>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="19"/>
        <source>residence card</source>
        <translation>residence card</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="21"/>
        <source>work permission</source>
        <translation>work permission</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="23"/>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="25"/>
        <source>insurance</source>
        <translation>insurance</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="37"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="38"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="39"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="40"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="41"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="42"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="50"/>
        <source>Double-click or Enter opens the internship</source>
        <translation>Double-click or Enter opens the internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="72"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="72"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="73"/>
        <source>overridden</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="78"/>
        <source>Internships whose checklist lacks items — they cannot be set active (%1)</source>
        <translation>Internships whose checklist lacks items — they cannot be set active (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="79"/>
        <source>Internships whose checklist lacks items (%1)</source>
        <translation>Internships whose checklist lacks items (%1)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistOverrideDialog</name>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="390"/>
        <source>Override the checklist of internship %1</source>
        <translation>Override the checklist of internship %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="392"/>
        <source>Internship %1 will be set active although these items are missing:
%2

The reason is kept in the audit trail with your name.</source>
        <translation>Internship %1 will be set active although these items are missing:
%2

The reason is kept in the audit trail with your name.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="398"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="406"/>
        <source>Override and set active</source>
        <translation>Override and set active</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistPanel</name>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="36"/>
        <source>Residence card copy seen</source>
        <translation>Residence card copy seen</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="38"/>
        <source>Work permission (資格外活動許可)</source>
        <translation>Work permission (資格外活動許可)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="40"/>
        <source>Internship agreement signed by the company</source>
        <translation>Internship agreement signed by the company</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="42"/>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="50"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="52"/>
        <source>general (up to 28 hours a week)</source>
        <translation>general (up to 28 hours a week)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="54"/>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="82"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="83"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="84"/>
        <source>Verified on</source>
        <translation>Verified on</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="85"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="86"/>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="87"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="88"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="100"/>
        <source>&amp;Record a check…</source>
        <translation>&amp;Record a check…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="102"/>
        <source>&amp;View document</source>
        <translation>&amp;View document</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="104"/>
        <source>Opens the selected item&apos;s scanned document (the viewing is audited)</source>
        <translation>Opens the selected item&apos;s scanned document (the viewing is audited)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="105"/>
        <source>&amp;Override and set active…</source>
        <translation>&amp;Override and set active…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="123"/>
        <source>Record that you verified an item today or earlier, with its scanned document</source>
        <translation>Record that you verified an item today or earlier, with its scanned document</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="151"/>
        <source> — no. %1 of %2</source>
        <translation> — no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="152"/>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="152"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="165"/>
        <source>Checklist complete.</source>
        <translation>Checklist complete.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="169"/>
        <source>Missing: %1. Overridden by %2 at %3: %4</source>
        <translation>Missing: %1. Overridden by %2 at %3: %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="173"/>
        <source>Missing: %1. This internship cannot be set active until they are recorded, or an administrator overrides with a reason.</source>
        <translation>Missing: %1. This internship cannot be set active until they are recorded, or an administrator overrides with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="178"/>
        <source>Warning — missing: %1.</source>
        <translation>Warning — missing: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="182"/>
        <source>Residence card: %1</source>
        <translation>Residence card: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="188"/>
        <source>Set the internship active although items are missing; the reason is kept in the audit trail</source>
        <translation>Set the internship active although items are missing; the reason is kept in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="219"/>
        <source>Choose an item first.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="225"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="242"/>
        <location filename="../../ui/views/checklist_panel.cpp" line="252"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="243"/>
        <source>%1: cannot read it, or it is larger than 20 MB</source>
        <translation>%1: cannot read it, or it is larger than 20 MB</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="267"/>
        <source>Not overridden</source>
        <translation>Not overridden</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="276"/>
        <source>No document</source>
        <translation>No document</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ClaimsView</name>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="47"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="49"/>
        <source>&amp;Post this month to the ledger…</source>
        <translation>&amp;Post this month to the ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="50"/>
        <location filename="../../ui/views/claims_view.cpp" line="154"/>
        <source>Adds a payment for every eligible claim not yet posted (administrators)</source>
        <translation>Adds a payment for every eligible claim not yet posted (administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="55"/>
        <source>Bank &amp;transfer file…</source>
        <translation>Bank &amp;transfer file…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="57"/>
        <location filename="../../ui/views/claims_view.cpp" line="157"/>
        <source>The 全銀協 総合振込 file of the month&apos;s payments, for online banking (administrators)</source>
        <translation>The 全銀協 総合振込 file of the month&apos;s payments, for online banking (administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="72"/>
        <source>P&amp;repare</source>
        <translation>P&amp;repare</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="73"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="74"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="75"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="85"/>
        <source>Reject the month</source>
        <translation>Reject the month</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="86"/>
        <source>Why is %1 sent back to be prepared again?</source>
        <translation>Why is %1 sent back to be prepared again?</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="93"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="96"/>
        <source>Done, with warnings</source>
        <translation>Done, with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="110"/>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="111"/>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="112"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="113"/>
        <source>Present days</source>
        <translation>Present days</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="114"/>
        <source>Daily rate (¥)</source>
        <translation>Daily rate (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="115"/>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="116"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="117"/>
        <source>Posted (¥)</source>
        <translation>Posted (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="118"/>
        <source>Difference (¥)</source>
        <translation>Difference (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="119"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="193"/>
        <location filename="../../ui/views/claims_view.cpp" line="430"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="193"/>
        <location filename="../../ui/views/claims_view.cpp" line="202"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="202"/>
        <source>no present day any more</source>
        <translation>no present day any more</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="218"/>
        <source>FY%1: no budget set · paid ¥%2</source>
        <translation>FY%1: no budget set · paid ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="219"/>
        <source>FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4</source>
        <translation>FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="233"/>
        <source>FY%1: paid by month against the budget</source>
        <translation>FY%1: paid by month against the budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="234"/>
        <source>Paid in the month</source>
        <translation>Paid in the month</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="236"/>
        <source>Paid in the year</source>
        <translation>Paid in the year</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="238"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="285"/>
        <source>prepared</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="287"/>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="289"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="291"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="293"/>
        <source>posted</source>
        <translation>posted</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="294"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="304"/>
        <source>Approval: %1 is open: its claims are to be prepared, checked and approved before posting</source>
        <translation>Approval: %1 is open: its claims are to be prepared, checked and approved before posting</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="307"/>
        <source>Approval is off: posting does not wait for it</source>
        <translation>Approval is off: posting does not wait for it</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="310"/>
        <source>Approval: %1 is %2 (last step by %3 at %4)</source>
        <translation>Approval: %1 is %2 (last step by %3 at %4)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="312"/>
        <source>— reason: %1</source>
        <translation>— reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="314"/>
        <source>(approval is off: posting does not wait for it)</source>
        <translation>(approval is off: posting does not wait for it)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="349"/>
        <source>Bank transfer file of %1</source>
        <translation>Bank transfer file of %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="354"/>
        <source>Transfer date:</source>
        <translation>Transfer date:</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="361"/>
        <source>Bank transfer file</source>
        <translation>Bank transfer file</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="369"/>
        <source>Transfer again?</source>
        <translation>Transfer again?</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="371"/>
        <source>Make the file anyway? Pay these entries a second time only when the bank did not take the earlier file.</source>
        <translation>Make the file anyway? Pay these entries a second time only when the bank did not take the earlier file.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="375"/>
        <source>No transfer file written</source>
        <translation>No transfer file written</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="378"/>
        <source>Transfer file written</source>
        <translation>Transfer file written</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="379"/>
        <source>%1 was written.</source>
        <translation>%1 was written.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="404"/>
        <source>%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4</source>
        <translation>%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="415"/>
        <source>%1 entries, ¥%2 (of them %3: %4 entries, ¥%5)</source>
        <translation>%1 entries, ¥%2 (of them %3: %4 entries, ¥%5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="439"/>
        <source>Post the unpaid claims of %1 to the subsidy ledger?</source>
        <translation>Post the unpaid claims of %1 to the subsidy ledger?</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="440"/>
        <source>The ledger now: %1</source>
        <translation>The ledger now: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="441"/>
        <source>To post: %1 claim(s), ¥%2</source>
        <translation>To post: %1 claim(s), ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="442"/>
        <source>Entries cannot be changed afterwards; a correction is a reversal.</source>
        <translation>Entries cannot be changed afterwards; a correction is a reversal.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="447"/>
        <source>Post to the ledger</source>
        <translation>Post to the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="459"/>
        <source>%1: %2 payment(s) posted, ¥%3</source>
        <translation>%1: %2 payment(s) posted, ¥%3</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="461"/>
        <source>Ledger before: %1</source>
        <translation>Ledger before: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="462"/>
        <source>Ledger after: %1</source>
        <translation>Ledger after: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="468"/>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Post the unpaid claims of %1 to the subsidy ledger? Entries cannot be changed afterwards; a correction is a reversal.</source>
        <translation type="vanished">Post the unpaid claims of %1 to the subsidy ledger? Entries cannot be changed afterwards; a correction is a reversal.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="471"/>
        <source>Not posted</source>
        <translation>Not posted</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::CompletionDialog</name>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="28"/>
        <source>Completion report (実績報告)</source>
        <translation>Completion report (実績報告)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="30"/>
        <source>The fiscal year&apos;s internships with the days and subsidy the ledger paid (net of reversals), the budget, the register of payments and an index of the signed timesheets with their SHA-256, for the fund.</source>
        <translation>The fiscal year&apos;s internships with the days and subsidy the ledger paid (net of reversals), the budget, the register of payments and an index of the signed timesheets with their SHA-256, for the fund.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="44"/>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="51"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="51"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="52"/>
        <source>Save as &amp;CSV…</source>
        <translation>Save as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="82"/>
        <source>FY%1: %2 internship(s), %3 day(s), ¥%4 paid (ledger, net of reversals)</source>
        <translation>FY%1: %2 internship(s), %3 day(s), ¥%4 paid (ledger, net of reversals)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="105"/>
        <source>Completion report</source>
        <translation>Completion report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="111"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ComplianceView</name>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="46"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="48"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="50"/>
        <source>Breaches of the work-hour limit (28 hours in any 7 days; 8 hours a day in the school&apos;s long vacations)</source>
        <translation>Breaches of the work-hour limit (28 hours in any 7 days; 8 hours a day in the school&apos;s long vacations)</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="62"/>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="64"/>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="66"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="67"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="68"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="104"/>
        <source>7 days %1 … %2</source>
        <translation>7 days %1 … %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="106"/>
        <source>a vacation day</source>
        <translation>a vacation day</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="119"/>
        <source>%1 breach(es), %2 student(s)</source>
        <translation>%1 breach(es), %2 student(s)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="19"/>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="21"/>
        <source>A database on a PostgreSQL server, shared by several desks. Your login is the server&apos;s; an administrator creates it with “user add”.</source>
        <translation>A database on a PostgreSQL server, shared by several desks. Your login is the server&apos;s; an administrator creates it with “user add”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="29"/>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org, or a socket folder such as /var/run/postgresql</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="40"/>
        <source>disable (no TLS)</source>
        <translation>disable (no TLS)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="40"/>
        <source>prefer (TLS when the server offers it)</source>
        <translation>prefer (TLS when the server offers it)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="41"/>
        <source>require (always TLS)</source>
        <translation>require (always TLS)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="41"/>
        <source>verify-full (TLS, the server&apos;s certificate checked)</source>
        <translation>verify-full (TLS, the server&apos;s certificate checked)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="49"/>
        <source>&amp;Server (host or socket folder):</source>
        <translation>&amp;Server (host or socket folder):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="50"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="51"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="52"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="53"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="54"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="56"/>
        <source>The password is asked each time and never stored.</source>
        <translation>The password is asked each time and never stored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="67"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="128"/>
        <source>The server cannot be reached. Check the server&apos;s name (or socket folder) and port, and that the server is running and this computer may reach it.
(%1)</source>
        <translation>The server cannot be reached. Check the server&apos;s name (or socket folder) and port, and that the server is running and this computer may reach it.
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="132"/>
        <source>The server refused the login: a wrong user name or password, or this user may not log in to this database. Type the password again, or ask your administrator.
(%1)</source>
        <translation>The server refused the login: a wrong user name or password, or this user may not log in to this database. Type the password again, or ask your administrator.
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="136"/>
        <source>The server has no database of that name. Check the database&apos;s name.
(%1)</source>
        <translation>The server has no database of that name. Check the database&apos;s name.
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="138"/>
        <source>You are logged in to the server, but you have no Kakehashi role there (staff, administrator or auditor). An administrator gives you one with “kakehashi-cli user add” or “user role”.
(%1)</source>
        <translation>You are logged in to the server, but you have no Kakehashi role there (staff, administrator or auditor). An administrator gives you one with “kakehashi-cli user add” or “user role”.
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="142"/>
        <source>This database is not a Kakehashi database yet. Nothing was changed. The database&apos;s owner prepares it once with “kakehashi-cli --db URI init”; then connect again.</source>
        <translation>This database is not a Kakehashi database yet. Nothing was changed. The database&apos;s owner prepares it once with “kakehashi-cli --db URI init”; then connect again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="145"/>
        <source>This database was made by an older version of Kakehashi and must be upgraded by its owner: the owner connects once (or runs any kakehashi-cli command on it); then connect again.
(%1)</source>
        <translation>This database was made by an older version of Kakehashi and must be upgraded by its owner: the owner connects once (or runs any kakehashi-cli command on it); then connect again.
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="149"/>
        <source>This database was written by a newer version of Kakehashi. Update Kakehashi on this computer.
(%1)</source>
        <translation>This database was written by a newer version of Kakehashi. Update Kakehashi on this computer.
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="154"/>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="37"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="118"/>
        <source>Interns active today
%1</source>
        <translation>Interns active today
%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="119"/>
        <source>Claims this month
¥%1 due · ¥%2 posted</source>
        <translation>Claims this month
¥%1 due · ¥%2 posted</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="122"/>
        <source>Placement rate %1 so far
%2</source>
        <translation>Placement rate %1 so far
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="124"/>
        <source>no outcome yet</source>
        <translation>no outcome yet</translation>
    </message>
    <message>
        <source>Residence cards expiring within %1 days
%2</source>
        <translation type="vanished">Residence cards expiring within %1 days
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="130"/>
        <source>Completers with no outcome after %1 days
%2</source>
        <translation>Completers with no outcome after %1 days
%2</translation>
    </message>
    <message>
        <source>Students over the 28-hour work limit this week
%1</source>
        <translation type="vanished">Students over the 28-hour work limit this week
%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="127"/>
        <source>Residence cards expiring within %1 days or before the internship ends
%2</source>
        <translation>Residence cards expiring within %1 days or before the internship ends
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="136"/>
        <source>Students near (%1 h) or over the 28-hour limit this week
%2 over · %3 near</source>
        <translation>Students near (%1 h) or over the 28-hour limit this week
%2 over · %3 near</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="145"/>
        <source>Foreign-worker notifications due within %1 days or overdue
%2</source>
        <translation>Foreign-worker notifications due within %1 days or overdue
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="149"/>
        <source>Job-hunting status ending within %1 days, no placement
%2</source>
        <translation>Job-hunting status ending within %1 days, no placement
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="162"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="164"/>
        <source>Present days</source>
        <translation>Present days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="166"/>
        <source>Amount (yen)</source>
        <translation>Amount (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="168"/>
        <source>Posted (yen)</source>
        <translation>Posted (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="170"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="172"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="174"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="176"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="178"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="180"/>
        <source>Most hours in 7 days</source>
        <translation>Most hours in 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="182"/>
        <source>Those 7 days</source>
        <translation>Those 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="184"/>
        <source>Internship ends</source>
        <translation>Internship ends</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="186"/>
        <source>Status ends</source>
        <translation>Status ends</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="188"/>
        <source>School&apos;s letter from</source>
        <translation>School&apos;s letter from</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="203"/>
        <source>Interns active today</source>
        <translation>Interns active today</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="208"/>
        <source>Claims this month</source>
        <translation>Claims this month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="213"/>
        <source>Residence cards expiring within 60 days or before the internship ends</source>
        <translation>Residence cards expiring within 60 days or before the internship ends</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="223"/>
        <source>Students near or over the work-hour limit this week</source>
        <translation>Students near or over the work-hour limit this week</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="228"/>
        <source>Foreign-worker notifications due within 14 days or overdue</source>
        <translation>Foreign-worker notifications due within 14 days or overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="238"/>
        <source>Graduates whose job-hunting status ends within %1 days, not placed</source>
        <translation>Graduates whose job-hunting status ends within %1 days, not placed</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="289"/>
        <source>expires before the internship ends</source>
        <translation>expires before the internship ends</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="290"/>
        <source>expires within 60 days</source>
        <translation>expires within 60 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="294"/>
        <source>over the limit</source>
        <translation>over the limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="295"/>
        <source>near the limit</source>
        <translation>near the limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="296"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="297"/>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="321"/>
        <source>Double-click or Enter opens the record</source>
        <translation>Double-click or Enter opens the record</translation>
    </message>
    <message>
        <source>Residence cards expiring soon</source>
        <translation type="vanished">Residence cards expiring soon</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="218"/>
        <source>Completers with no outcome recorded</source>
        <translation>Completers with no outcome recorded</translation>
    </message>
    <message>
        <source>Students over the work-hour limit this week</source>
        <translation type="vanished">Students over the work-hour limit this week</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="285"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="285"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DatabaseLock</name>
    <message>
        <location filename="../../ui/database_lock.cpp" line="80"/>
        <source>This database is open in another window (%1, %2).</source>
        <translation>This database is open in another window (%1, %2).</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="81"/>
        <source>unknown user</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="94"/>
        <source>Database already open</source>
        <translation>Database already open</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="97"/>
        <source>Two windows saving the same records overwrite each other&apos;s work: open it only to read, or when you know the other window was closed.
%1</source>
        <translation>Two windows saving the same records overwrite each other&apos;s work: open it only to read, or when you know the other window was closed.
%1</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="100"/>
        <source>Open &amp;anyway</source>
        <translation>Open &amp;anyway</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DuplicateNotice</name>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="35"/>
        <source>the same birth date and name</source>
        <translation>the same birth date and name</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="36"/>
        <source>the same email</source>
        <translation>the same email</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="37"/>
        <source>the same residence card number</source>
        <translation>the same residence card number</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="38"/>
        <source>the same corporate number</source>
        <translation>the same corporate number</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="39"/>
        <source>the same name</source>
        <translation>the same name</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="41"/>
        <source>%1 %2 has %3.</source>
        <translation>%1 %2 has %3.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="48"/>
        <source>Possibly the same %1 as a stored record — check before saving (saving is still allowed):</source>
        <translation>Possibly the same %1 as a stored record — check before saving (saving is still allowed):</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="49"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="49"/>
        <source>company</source>
        <translation>company</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::EvidencePanel</name>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="35"/>
        <source>Print &amp;sheet…</source>
        <translation>Print &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="37"/>
        <source>The month&apos;s attendance sheet (出勤簿) as a PDF, for the company to sign</source>
        <translation>The month&apos;s attendance sheet (出勤簿) as a PDF, for the company to sign</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="38"/>
        <source>Atta&amp;ch signed sheet…</source>
        <translation>Atta&amp;ch signed sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="40"/>
        <source>&amp;View signed sheet</source>
        <translation>&amp;View signed sheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="46"/>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="47"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="48"/>
        <source>Signed timesheet</source>
        <translation>Signed timesheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="49"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="50"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="51"/>
        <source>Added at</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="52"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="71"/>
        <source>Attach the scanned signed sheet (PDF or image, up to 20 MB) to the selected claim</source>
        <translation>Attach the scanned signed sheet (PDF or image, up to 20 MB) to the selected claim</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="88"/>
        <source>attached (version %1)</source>
        <translation>attached (version %1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="88"/>
        <source>attached</source>
        <translation>attached</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="92"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="104"/>
        <source>Signed timesheets: no claim in %1</source>
        <translation>Signed timesheets: no claim in %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="105"/>
        <source>Signed timesheets of %1: %2 of %3 claim(s) attached, %4 missing</source>
        <translation>Signed timesheets of %1: %2 of %3 claim(s) attached, %4 missing</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="144"/>
        <source>“%1” is not a month</source>
        <translation>“%1” is not a month</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="172"/>
        <source>Signed timesheet of %1 for %2</source>
        <translation>Signed timesheet of %1 for %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="173"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="178"/>
        <source>Replace the signed timesheet?</source>
        <translation>Replace the signed timesheet?</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="179"/>
        <source>%1 has a signed timesheet for %2 already (%3, added by %4 at %5). Attach the new one as version %6? The old one is kept.</source>
        <translation>%1 has a signed timesheet for %2 already (%3, added by %4 at %5). Attach the new one as version %6? The old one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="188"/>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="196"/>
        <source>No signed timesheet</source>
        <translation>No signed timesheet</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="197"/>
        <source>%1 has no signed timesheet for %2.</source>
        <translation>%1 has no signed timesheet for %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="206"/>
        <source>Not shown</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="217"/>
        <source>Attendance sheet to sign</source>
        <translation>Attendance sheet to sign</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="224"/>
        <source>No sheet written</source>
        <translation>No sheet written</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="53"/>
        <source>Welcome to Kakehashi</source>
        <translation>Welcome to Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="55"/>
        <source>This database is new:
%1

A few answers and it is ready; all of them can be changed later under Settings and File → Users and roles.</source>
        <translation>This database is new:
%1

A few answers and it is ready; all of them can be changed later under Settings and File → Users and roles.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="63"/>
        <source>The consortium and its fiscal year</source>
        <translation>The consortium and its fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="66"/>
        <source>Consortium&apos;s &amp;name:</source>
        <translation>Consortium&apos;s &amp;name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="70"/>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="71"/>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="75"/>
        <source> yen a day</source>
        <translation> yen a day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="77"/>
        <source>Internship subsidy from 1 &amp;April:</source>
        <translation>Internship subsidy from 1 &amp;April:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="82"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="84"/>
        <source>&amp;Hours per present day:</source>
        <translation>&amp;Hours per present day:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="85"/>
        <source>An internship becomes active only with its &amp;checklist done (residence card copy, work permission, signed agreement, insurance) or an administrator&apos;s override</source>
        <translation>An internship becomes active only with its &amp;checklist done (residence card copy, work permission, signed agreement, insurance) or an administrator&apos;s override</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="88"/>
        <source>The setting internship.checklist; off, missing items are warnings only. It can be changed later under Settings.</source>
        <translation>The setting internship.checklist; off, missing items are warnings only. It can be changed later under Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="94"/>
        <source>Who uses this database</source>
        <translation>Who uses this database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="96"/>
        <source>&amp;Only me, without logins (single-user)</source>
        <translation>&amp;Only me, without logins (single-user)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="97"/>
        <source>&amp;Several people with logins and roles: I am the first administrator</source>
        <translation>&amp;Several people with logins and roles: I am the first administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="110"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>Administrator&apos;s &amp;user name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="111"/>
        <source>&amp;Password (at least %1 characters):</source>
        <translation>&amp;Password (at least %1 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="112"/>
        <source>&amp;Confirm the password:</source>
        <translation>&amp;Confirm the password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="116"/>
        <source>Fill it with &amp;demo data to try the program (2,000 made-up students with their schools, companies, internships, attendance, placements and events)</source>
        <translation>Fill it with &amp;demo data to try the program (2,000 made-up students with their schools, companies, internships, attendance, placements and events)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="128"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="129"/>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="156"/>
        <source>The administrator needs a user name.</source>
        <translation>The administrator needs a user name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="158"/>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="160"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="176"/>
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="190"/>
        <source>The demo data could not be created: %1</source>
        <translation>The demo data could not be created: %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::HireNotificationPanel</name>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="46"/>
        <source>joins employment insurance (due the 10th of the following month)</source>
        <translation>joins employment insurance (due the 10th of the following month)</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="47"/>
        <source>does not join (due the end of the following month)</source>
        <translation>does not join (due the end of the following month)</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="48"/>
        <source>not reported yet</source>
        <translation>not reported yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="50"/>
        <source>The company &amp;filed it on:</source>
        <translation>The company &amp;filed it on:</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="57"/>
        <source>Employment &amp;insurance:</source>
        <translation>Employment &amp;insurance:</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="64"/>
        <source>&amp;Record what the company reported</source>
        <translation>&amp;Record what the company reported</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="82"/>
        <source>filed</source>
        <translation>filed</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="83"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="84"/>
        <source>due within 14 days</source>
        <translation>due within 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="85"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="86"/>
        <source>the placement has no start date</source>
        <translation>the placement has no start date</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="87"/>
        <source>The employer&apos;s foreign-worker notification (外国人雇用状況届出) is due on %1: %2.</source>
        <translation>The employer&apos;s foreign-worker notification (外国人雇用状況届出) is due on %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="89"/>
        <source>The employer&apos;s foreign-worker notification (外国人雇用状況届出): %1.</source>
        <translation>The employer&apos;s foreign-worker notification (外国人雇用状況届出): %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="97"/>
        <source>No foreign-worker notification: the placement is not an employment at a company in Japan of a student with a status of residence.</source>
        <translation>No foreign-worker notification: the placement is not an employment at a company in Japan of a student with a status of residence.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="146"/>
        <source>Line %1 has problems: see the list below.</source>
        <translation>Line %1 has problems: see the list below.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="211"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="212"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="213"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="252"/>
        <source>Line %1: %2 is a likely duplicate of %3 (%4).</source>
        <translation>Line %1: %2 is a likely duplicate of %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="255"/>
        <source>Likely duplicates (a warning: the import is allowed):</source>
        <translation>Likely duplicates (a warning: the import is allowed):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="267"/>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="271"/>
        <source>&lt;b&gt;1. Kind and file.&lt;/b&gt; Choose what the file holds and the file; its encoding is detected, or choose it.</source>
        <translation>&lt;b&gt;1. Kind and file.&lt;/b&gt; Choose what the file holds and the file; its encoding is detected, or choose it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="278"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="285"/>
        <source>path of a .csv file</source>
        <translation>path of a .csv file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="287"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="290"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="296"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="445"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="297"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="446"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="298"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="448"/>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS (CP932)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="299"/>
        <source>Detect takes UTF-8 when the file is valid UTF-8, else Shift_JIS (CP932), what Japanese Excel writes.</source>
        <translation>Detect takes UTF-8 when the file is valid UTF-8, else Shift_JIS (CP932), what Japanese Excel writes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="302"/>
        <source>The encoding the file is read in</source>
        <translation>The encoding the file is read in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="304"/>
        <source>Read as:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="306"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="313"/>
        <source>&lt;b&gt;2. Pre&amp;view.&lt;/b&gt; The first %1 rows as read; the header row gives the column titles, the numbers on the left are the lines of the file.</source>
        <translation>&lt;b&gt;2. Pre&amp;view.&lt;/b&gt; The first %1 rows as read; the header row gives the column titles, the numbers on the left are the lines of the file.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="331"/>
        <source>&lt;b&gt;3. Check.&lt;/b&gt; Reads the whole file without writing anything and lists every &amp;problem with its line; select one to see the line as the file has it.</source>
        <translation>&lt;b&gt;3. Check.&lt;/b&gt; Reads the whole file without writing anything and lists every &amp;problem with its line; select one to see the line as the file has it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="349"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="540"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="798"/>
        <source>The line of the selected problem:</source>
        <translation>The line of the selected problem:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="365"/>
        <source>%v of %m rows</source>
        <translation>%v of %m rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="366"/>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="368"/>
        <source>Stops the check or the import; an import stopped writes nothing.</source>
        <translation>Stops the check or the import; an import stopped writes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="378"/>
        <source>&lt;b&gt;4. Import.&lt;/b&gt; Writes the whole file in one go once the check found no problems; a file with a problem writes nothing.</source>
        <translation>&lt;b&gt;4. Import.&lt;/b&gt; Writes the whole file in one go once the check found no problems; a file with a problem writes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="382"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="383"/>
        <source>Reads the whole file and lists its problems; writes nothing.</source>
        <translation>Reads the whole file and lists its problems; writes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="384"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="385"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="vanished">Students</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="vanished">Schools</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="vanished">Companies</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation type="vanished">Internships</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="vanished">Attendance</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="vanished">Placements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="vanished">Events</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">Participants</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="446"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="447"/>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8 (BOM)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="523"/>
        <source>Columns (* required): %1</source>
        <translation>Columns (* required): %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="557"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="657"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="823"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="576"/>
        <source>The file is empty: a header row is needed.</source>
        <translation>The file is empty: a header row is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="584"/>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="585"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="610"/>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="637"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="637"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="702"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="738"/>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="738"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>The import was cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="753"/>
        <source>Problems: %1 (rows in the file: %2). Nothing can be imported until they are fixed; select a problem to see its line.</source>
        <translation>Problems: %1 (rows in the file: %2). Nothing can be imported until they are fixed; select a problem to see its line.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="759"/>
        <source>No problems. Rows: %1 — new: %2, to update: %3, unchanged: %4.</source>
        <translation>No problems. Rows: %1 — new: %2, to update: %3, unchanged: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="763"/>
        <source>Import writes them.</source>
        <translation>Import writes them.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="767"/>
        <source>Imported. Rows: %1 — new: %2, updated: %3, unchanged: %4.</source>
        <translation>Imported. Rows: %1 — new: %2, updated: %3, unchanged: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="802"/>
        <source>Line %1 of %2:</source>
        <translation>Line %1 of %2:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="818"/>
        <source>Line %1: the file has changed since the check; check it again.</source>
        <translation>Line %1: the file has changed since the check; check it again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="851"/>
        <source>Writes the checked file to the database, all of it or nothing.</source>
        <translation>Writes the checked file to the database, all of it or nothing.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::Labels</name>
    <message>
        <location filename="../../ui/labels.cpp" line="18"/>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="19"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="20"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="21"/>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="22"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="23"/>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="24"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="25"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="26"/>
        <source>Vacations</source>
        <translation>Vacations</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="30"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="31"/>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="32"/>
        <source>student</source>
        <translation>student</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="33"/>
        <source>internship</source>
        <translation>internship</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="34"/>
        <source>attendance day</source>
        <translation>attendance day</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="35"/>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="36"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="37"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="38"/>
        <source>vacation</source>
        <translation>vacation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="42"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="44"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="45"/>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="46"/>
        <source>School type</source>
        <translation>School type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="47"/>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="48"/>
        <source>Member since</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="49"/>
        <source>Corporate number</source>
        <translation>Corporate number</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="50"/>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="51"/>
        <source>SME category</source>
        <translation>SME category</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="52"/>
        <source>Capital (yen)</source>
        <translation>Capital (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="53"/>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="54"/>
        <source>Overseas markets</source>
        <translation>Overseas markets</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="55"/>
        <source>Information provider</source>
        <translation>Information provider</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="56"/>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="57"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="58"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="59"/>
        <source>Name (kana)</source>
        <translation>Name (kana)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="60"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="61"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="62"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="63"/>
        <source>Home university</source>
        <translation>Home university</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="64"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="65"/>
        <source>Faculty</source>
        <translation>Faculty</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="66"/>
        <source>Year of study</source>
        <translation>Year of study</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="67"/>
        <source>Graduation date</source>
        <translation>Graduation date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="68"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="69"/>
        <source>Cohort (fiscal year)</source>
        <translation>Cohort (fiscal year)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="70"/>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="71"/>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="72"/>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="73"/>
        <source>Residence expiry</source>
        <translation>Residence expiry</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="74"/>
        <source>JLPT</source>
        <translation>JLPT</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="75"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="76"/>
        <source>Residence card no.</source>
        <translation>Residence card no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="77"/>
        <source>Work permission</source>
        <translation>Work permission</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="78"/>
        <source>Bank code</source>
        <translation>Bank code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="79"/>
        <source>Branch code</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="80"/>
        <source>Account type</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="81"/>
        <source>Account no.</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="82"/>
        <source>Account holder (kana)</source>
        <translation>Account holder (kana)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="83"/>
        <source>Internship no.</source>
        <translation>Internship no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="84"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="85"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="86"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="88"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="89"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="90"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="91"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="92"/>
        <source>Placement no.</source>
        <translation>Placement no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="93"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="94"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="95"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="96"/>
        <source>Employer country</source>
        <translation>Employer country</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="97"/>
        <source>Japanese company</source>
        <translation>Japanese company</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="98"/>
        <source>Residence status after</source>
        <translation>Residence status after</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="99"/>
        <source>Job category</source>
        <translation>Job category</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="100"/>
        <source>Monthly salary (yen)</source>
        <translation>Monthly salary (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="101"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="102"/>
        <source>Event no.</source>
        <translation>Event no.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="103"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="104"/>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="105"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="106"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="107"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::LedgerView</name>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="57"/>
        <source>Fiscal year (period)</source>
        <translation>Fiscal year (period)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="63"/>
        <source>Posted from</source>
        <translation>Posted from</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="65"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="77"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="81"/>
        <source>from ¥</source>
        <translation>from ¥</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="82"/>
        <source>to ¥</source>
        <translation>to ¥</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="84"/>
        <source>part of the name</source>
        <translation>part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="90"/>
        <source>Counterparty:</source>
        <translation>Counterparty:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="92"/>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="93"/>
        <source>Only corrections: each reversal beside the payment it reverses</source>
        <translation>Only corrections: each reversal beside the payment it reverses</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="97"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="98"/>
        <source>Posted at</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="99"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="100"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="101"/>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="102"/>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="103"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="104"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="105"/>
        <source>Rate (¥)</source>
        <translation>Rate (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="106"/>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="107"/>
        <source>Reverses</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="108"/>
        <source>Reversed by</source>
        <translation>Reversed by</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="109"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="110"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="127"/>
        <source>&amp;Reverse payment…</source>
        <translation>&amp;Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="128"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="129"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="130"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="131"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="219"/>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="219"/>
        <location filename="../../ui/views/ledger_view.cpp" line="245"/>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="230"/>
        <source>%1 of %2 entries found, net ¥%3. The ledger&apos;s last hash: %4</source>
        <translation>%1 of %2 entries found, net ¥%3. The ledger&apos;s last hash: %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="240"/>
        <location filename="../../ui/views/ledger_view.cpp" line="246"/>
        <source>Reverse payment</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="240"/>
        <source>Choose the payment to reverse first.</source>
        <translation>Choose the payment to reverse first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="247"/>
        <source>Entry %1 is a reversal itself; choose a payment.</source>
        <translation>Entry %1 is a reversal itself; choose a payment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="248"/>
        <source>Entry %1 is reversed already, by entry %2.</source>
        <translation>Entry %1 is reversed already, by entry %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="254"/>
        <source>Reverse payment %1</source>
        <translation>Reverse payment %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="257"/>
        <source>&lt;p&gt;Reverse entry &lt;b&gt;%1&lt;/b&gt;: the payment of &lt;b&gt;¥%2&lt;/b&gt; for %3 (%4 days), internship %5, student %6 %7, to %8.&lt;/p&gt;&lt;p&gt;A reversal entry of −¥%2 is added to the ledger; the payment stays in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reverse entry &lt;b&gt;%1&lt;/b&gt;: the payment of &lt;b&gt;¥%2&lt;/b&gt; for %3 (%4 days), internship %5, student %6 %7, to %8.&lt;/p&gt;&lt;p&gt;A reversal entry of −¥%2 is added to the ledger; the payment stays in it.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="268"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="274"/>
        <source>Write why the payment is reversed; it is kept in the ledger.</source>
        <translation>Write why the payment is reversed; it is kept in the ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="279"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Why is entry %1 reversed? (required)</source>
        <translation type="vanished">Why is entry %1 reversed? (required)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="298"/>
        <source>Not reversed</source>
        <translation>Not reversed</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="308"/>
        <source>Ledger verified</source>
        <translation>Ledger verified</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="309"/>
        <source>The chain of %1 entries is intact.
Last hash: %2</source>
        <translation>The chain of %1 entries is intact.
Last hash: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="311"/>
        <source>Ledger altered</source>
        <translation>Ledger altered</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="312"/>
        <source>The ledger was altered outside the program at entry %1:
%2</source>
        <translation>The ledger was altered outside the program at entry %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="340"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="347"/>
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="351"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="18"/>
        <source>Log in to %1</source>
        <translation>Log in to %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="24"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="25"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="93"/>
        <location filename="../../ui/main_window.cpp" line="144"/>
        <location filename="../../ui/main_window.cpp" line="532"/>
        <source>Kakehashi</source>
        <translation>Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Search by name, kana or student number (Ctrl+F)</source>
        <translation type="vanished">Search by name, kana or student number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="148"/>
        <source>Subsidy claims</source>
        <translation>Subsidy claims</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Subsidy ledger</source>
        <translation>Subsidy ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Schools</source>
        <translation>Schools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Internships</source>
        <translation>Internships</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Visa advisor &amp; matching</source>
        <translation>Visa advisor &amp; matching</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="154"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="155"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="158"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="161"/>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Import a CSV file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163"/>
        <source>&amp;Export the shown list…</source>
        <translation>&amp;Export the shown list…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="165"/>
        <source>&amp;Print the shown list…</source>
        <translation>&amp;Print the shown list…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="168"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="vanished">&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="169"/>
        <source>Re&amp;store from backup…</source>
        <translation>Re&amp;store from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="170"/>
        <source>&amp;Users and roles…</source>
        <translation>&amp;Users and roles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="174"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="175"/>
        <source>&amp;Reports for METI/MEXT…</source>
        <translation>&amp;Reports for METI/MEXT…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="178"/>
        <source>&amp;About Kakehashi</source>
        <translation>&amp;About Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="241"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;Placement rate, employment, programme and subsidy reports for METI and MEXT, by fiscal year, with charts; printed or saved as PDF, HTML, XLSX or CSV.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;Placement rate, employment, programme and subsidy reports for METI and MEXT, by fiscal year, with charts; printed or saved as PDF, HTML, XLSX or CSV.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="246"/>
        <source>Open the reports… (Ctrl+R)</source>
        <translation>Open the reports… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="508"/>
        <source>Single-user</source>
        <translation>Single-user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="509"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="513"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="485"/>
        <location filename="../../ui/main_window.cpp" line="641"/>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="487"/>
        <source>No backup was made: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="584"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="592"/>
        <location filename="../../ui/main_window.cpp" line="596"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="593"/>
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="597"/>
        <source>Replace the database with the backup %1?
The current file is kept aside first.</source>
        <translation>Replace the database with the backup %1?
The current file is kept aside first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="612"/>
        <source>Restored from %1; the file before is kept as %2</source>
        <translation>Restored from %1; the file before is kept as %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="601"/>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>School vacations</source>
        <translation>School vacations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150"/>
        <source>Right to work</source>
        <translation>Right to work</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="157"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="251"/>
        <source>Completion report (実績報告) for the fund…</source>
        <translation>Completion report (実績報告) for the fund…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="382"/>
        <source>Updated with changes from other desks</source>
        <translation>Updated with changes from other desks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="511"/>
        <source>Server: %1 — database %2</source>
        <translation>Server: %1 — database %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="535"/>
        <source>Kakehashi — %1 on %2 — %3 (%4)</source>
        <translation>Kakehashi — %1 on %2 — %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="580"/>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="635"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="636"/>
        <source>Databases (*.sqlite3)</source>
        <translation>Databases (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="643"/>
        <source>Not backed up</source>
        <translation>Not backed up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="652"/>
        <source>Choose a list (students, schools, …) to export its rows</source>
        <translation>Choose a list (students, schools, …) to export its rows</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="659"/>
        <source>Choose a list (students, schools, …) to print its rows</source>
        <translation>Choose a list (students, schools, …) to print its rows</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="666"/>
        <source>%n record(s), printed %1</source>
        <translation>
            <numerusform>%n record, printed %1</numerusform>
            <numerusform>%n records, printed %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="690"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="695"/>
        <location filename="../../ui/main_window.cpp" line="701"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="697"/>
        <source>Kakehashi databases (*.sqlite3)</source>
        <translation>Kakehashi databases (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="701"/>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 exists already; open it instead.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="788"/>
        <source>Not on a server: its administrator restores it and manages its logins (kakehashi-cli user …)</source>
        <translation>Not on a server: its administrator restores it and manages its logins (kakehashi-cli user …)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="vanished">
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="709"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="711"/>
        <source>Kakehashi databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kakehashi databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="742"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>About Kakehashi</source>
        <translation type="vanished">About Kakehashi</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::NextStepsList</name>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="452"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="457"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="464"/>
        <source>My next steps (%1)</source>
        <translation>My next steps (%1)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RecordEditor</name>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="102"/>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="162"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="856"/>
        <source>Reload the stored record</source>
        <translation>Reload the stored record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="177"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="179"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="661"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="180"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="506"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="181"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="182"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="184"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="185"/>
        <source>Undo the last change of a field (Ctrl+Z)</source>
        <translation>Undo the last change of a field (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="186"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="202"/>
        <source>Atte&amp;ndance…</source>
        <translation>Atte&amp;ndance…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="207"/>
        <source>Notification &amp;sheet (PDF)…</source>
        <translation>Notification &amp;sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="209"/>
        <source>The items of the employer&apos;s foreign-worker notification (外国人雇用状況届出) for this hire, to hand to the company</source>
        <translation>The items of the employer&apos;s foreign-worker notification (外国人雇用状況届出) for this hire, to hand to the company</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="213"/>
        <source>Notification sheet</source>
        <translation>Notification sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="219"/>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="244"/>
        <source>Read only — %1</source>
        <translation>Read only — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="276"/>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="292"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="996"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="293"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="996"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="306"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="309"/>
        <source>Choose on a calendar</source>
        <translation>Choose on a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="338"/>
        <source>ISO code, e.g. VN</source>
        <translation>ISO code, e.g. VN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="339"/>
        <source>ISO codes separated by ;</source>
        <translation>ISO codes separated by ;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="351"/>
        <source>whole yen</source>
        <translation>whole yen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="352"/>
        <source>13 digits</source>
        <translation>13 digits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/record_editor.cpp" line="353"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit(s)</numerusform>
            <numerusform>%n digit(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="354"/>
        <source>katakana, e.g. グエン ヴァン アン</source>
        <translation>katakana, e.g. グエン ヴァン アン</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="401"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="413"/>
        <source>Type a part of the name or the code, then choose</source>
        <translation>Type a part of the name or the code, then choose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="506"/>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;ore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="508"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="508"/>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="509"/>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="510"/>
        <source> (read only)</source>
        <translation> (read only)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="526"/>
        <source>Save the placement first.</source>
        <translation>Save the placement first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="530"/>
        <source>The placement is not stored.</source>
        <translation>The placement is not stored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="661"/>
        <source>Correct the fields marked in red first</source>
        <translation>Correct the fields marked in red first</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="715"/>
        <source>The job-hunting status you typed is not saved.</source>
        <translation>The job-hunting status you typed is not saved.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="718"/>
        <source>Save it with its button on the Right to work tab, or discard it.</source>
        <translation>Save it with its button on the Right to work tab, or discard it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="728"/>
        <source>Save the new %1?</source>
        <translation>Save the new %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="729"/>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="732"/>
        <source>What you typed is lost if you do not save it.</source>
        <translation>What you typed is lost if you do not save it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="721"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="735"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="778"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="853"/>
        <source>%1: “%2” when you opened it, now “%3”</source>
        <translation>%1: “%2” when you opened it, now “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="786"/>
        <source>Stored meanwhile: “%1” — &lt;a href=&quot;use&quot;&gt;use it&lt;/a&gt;</source>
        <translation>Stored meanwhile: “%1” — &lt;a href=&quot;use&quot;&gt;use it&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="792"/>
        <source>What you typed is kept, and their changes are taken where you changed nothing. Where you both changed a field, their value is shown beside yours. Check the form and save again.</source>
        <translation>What you typed is kept, and their changes are taken where you changed nothing. Where you both changed a field, their value is shown beside yours. Check the form and save again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="795"/>
        <source>Discard mine and reload</source>
        <translation>Discard mine and reload</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="826"/>
        <source>This record was changed at another desk. Reload it to see the changes before you save yours.</source>
        <translation>This record was changed at another desk. Reload it to see the changes before you save yours.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="828"/>
        <source>This record was deleted at another desk.</source>
        <translation>This record was deleted at another desk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="829"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="855"/>
        <source>Your changes were not saved. Reload the stored record, then make them again.</source>
        <translation>Your changes were not saved. Reload the stored record, then make them again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="901"/>
        <source>New %1…</source>
        <translation>New %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="906"/>
        <source>A&amp;ttended / not attended</source>
        <translation>A&amp;ttended / not attended</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="975"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="978"/>
        <source>Attendance (%1)</source>
        <translation>Attendance (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="980"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="980"/>
        <source>Hours present</source>
        <translation>Hours present</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="993"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="993"/>
        <source>attached (version %1)</source>
        <translation>attached (version %1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="993"/>
        <source>attached</source>
        <translation>attached</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Present days</source>
        <translation>Present days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Daily rate (yen)</source>
        <translation>Daily rate (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Amount (yen)</source>
        <translation>Amount (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Posted (yen)</source>
        <translation>Posted (yen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="999"/>
        <source>Claims (%1)</source>
        <translation>Claims (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Signed timesheet</source>
        <translation>Signed timesheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1009"/>
        <source>expires within %1 days</source>
        <translation>expires within %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1010"/>
        <source>expires before internship %1 ends (%2)</source>
        <translation>expires before internship %1 ends (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1014"/>
        <source>never checked</source>
        <translation>never checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1015"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1016"/>
        <source>Residence card warnings (%1)</source>
        <translation>Residence card warnings (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Card no.</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Last checked</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1025"/>
        <source>Checklist (%1 missing)</source>
        <translation>Checklist (%1 missing)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1025"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1035"/>
        <source>Foreign-worker notification</source>
        <translation>Foreign-worker notification</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1040"/>
        <source>Right to work</source>
        <translation>Right to work</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1046"/>
        <source>Contacts and activities</source>
        <translation>Contacts and activities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1046"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1055"/>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RecordListView</name>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="41"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Search %1 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="47"/>
        <source>Filter on a column</source>
        <translation>Filter on a column</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="50"/>
        <source>value (a code, or the start of a date)</source>
        <translation>value (a code, or the start of a date)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="52"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="54"/>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="83"/>
        <source>&amp;New %1</source>
        <translation>&amp;New %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="84"/>
        <location filename="../../ui/views/record_list_view.cpp" line="152"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="85"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="86"/>
        <source>Enter or double click</source>
        <translation>Enter or double click</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="87"/>
        <source>&amp;Export shown rows…</source>
        <translation>&amp;Export shown rows…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="176"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/record_list_view.cpp" line="180"/>
        <source>%n or more record(s)</source>
        <translation>
            <numerusform>%n or more record</numerusform>
            <numerusform>%n or more records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/record_list_view.cpp" line="181"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="192"/>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="389"/>
        <source>Export the shown rows</source>
        <translation>Export the shown rows</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="391"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="397"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.cpp" line="261"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.cpp" line="261"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="29"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="31"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="33"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="35"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="37"/>
        <source>Counselling</source>
        <translation>Counselling</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="39"/>
        <location filename="../../ui/views/relations_panel.cpp" line="198"/>
        <location filename="../../ui/views/relations_panel.cpp" line="204"/>
        <location filename="../../ui/views/relations_panel.cpp" line="209"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="60"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <location filename="../../ui/views/relations_panel.cpp" line="124"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="78"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="78"/>
        <source>Former</source>
        <translation>Former</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="78"/>
        <location filename="../../ui/views/relations_panel.cpp" line="89"/>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="81"/>
        <source>People at the company</source>
        <translation>People at the company</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="86"/>
        <source>Add contact…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="87"/>
        <source>Make primary</source>
        <translation>Make primary</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="88"/>
        <source>Left the company</source>
        <translation>Left the company</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="99"/>
        <location filename="../../ui/views/relations_panel.cpp" line="105"/>
        <location filename="../../ui/views/relations_panel.cpp" line="106"/>
        <location filename="../../ui/views/relations_panel.cpp" line="107"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="99"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="105"/>
        <source>Role (optional):</source>
        <translation>Role (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="106"/>
        <source>E-mail (optional):</source>
        <translation>E-mail (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="107"/>
        <source>Telephone (optional):</source>
        <translation>Telephone (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="122"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="124"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="124"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="125"/>
        <source>Contact / student</source>
        <translation>Contact / student</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="125"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="149"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="150"/>
        <source>Only you and the administrators will read the text; others see that it exists</source>
        <translation>Only you and the administrators will read the text; others see that it exists</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="153"/>
        <source>&amp;Kind and date:</source>
        <translation>&amp;Kind and date:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="160"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="164"/>
        <source>What you will do next (optional)</source>
        <translation>What you will do next (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="165"/>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="173"/>
        <source>&amp;Next step:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="178"/>
        <source>&amp;Record activity</source>
        <translation>&amp;Record activity</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="180"/>
        <source>Next step &amp;done</source>
        <translation>Next step &amp;done</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="189"/>
        <source>&amp;Letter…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="195"/>
        <source>Certificate of completion</source>
        <translation>Certificate of completion</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="195"/>
        <source>Recommendation for job-hunting status</source>
        <translation>Recommendation for job-hunting status</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="196"/>
        <source>Payment notice</source>
        <translation>Payment notice</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="196"/>
        <source>Invitation to an event</source>
        <translation>Invitation to an event</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="198"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="204"/>
        <source>Event no.:</source>
        <translation>Event no.:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="209"/>
        <source>Month (YYYY-MM):</source>
        <translation>Month (YYYY-MM):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="214"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="216"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="255"/>
        <source>Your role may read the activities but not record them</source>
        <translation>Your role may read the activities but not record them</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="257"/>
        <source>Write a summary of what happened</source>
        <translation>Write a summary of what happened</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="259"/>
        <source>A date for the next step needs the next step</source>
        <translation>A date for the next step needs the next step</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="274"/>
        <source>(no contact)</source>
        <translation>(no contact)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="280"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="301"/>
        <source>(confidential)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="302"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="302"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="328"/>
        <source>there is no contact %1</source>
        <translation>there is no contact %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="81"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="85"/>
        <source>Placement (placement rate)</source>
        <translation>Placement (placement rate)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="86"/>
        <source>Employment (where they work)</source>
        <translation>Employment (where they work)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="87"/>
        <source>Programme summary for METI/MEXT</source>
        <translation>Programme summary for METI/MEXT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="88"/>
        <source>Subsidy paid by month</source>
        <translation>Subsidy paid by month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="91"/>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="96"/>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="98"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="123"/>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="124"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="130"/>
        <source>Export %1…</source>
        <translation>Export %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="134"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="169"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="232"/>
        <source>Placement rate by fiscal year (%)</source>
        <translation>Placement rate by fiscal year (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="240"/>
        <source>Placement rate by %1 (%)</source>
        <translation>Placement rate by %1 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="248"/>
        <source>Employed students by %1</source>
        <translation>Employed students by %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="255"/>
        <source>Subsidy paid by month (¥)</source>
        <translation>Subsidy paid by month (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="424"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="432"/>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RightToWorkPanel</name>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="50"/>
        <source>Residence card (在留カード)</source>
        <translation>Residence card (在留カード)</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="57"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="60"/>
        <source>e.g. valid in the Agency&apos;s online lookup</source>
        <translation>e.g. valid in the Agency&apos;s online lookup</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="62"/>
        <source>Record a validity &amp;check done today</source>
        <translation>Record a validity &amp;check done today</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="64"/>
        <source>Records that you checked the card&apos;s validity (the Immigration Services Agency&apos;s online lookup) today, with your name, in the audit trail</source>
        <translation>Records that you checked the card&apos;s validity (the Immigration Services Agency&apos;s online lookup) today, with your name, in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="73"/>
        <source>Job-hunting status (特定活動・継続就職活動)</source>
        <translation>Job-hunting status (特定活動・継続就職活動)</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="79"/>
        <source>&amp;Renewed to:</source>
        <translation>&amp;Renewed to:</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="86"/>
        <source>Letter &amp;dated:</source>
        <translation>Letter &amp;dated:</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="90"/>
        <source>&amp;Granted on:</source>
        <translation>&amp;Granted on:</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="91"/>
        <source>&amp;Ends on (at most six months):</source>
        <translation>&amp;Ends on (at most six months):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="93"/>
        <source>School&apos;s recommendation letter &amp;by:</source>
        <translation>School&apos;s recommendation letter &amp;by:</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="102"/>
        <source>&amp;Save the job-hunting status</source>
        <translation>&amp;Save the job-hunting status</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="147"/>
        <source>Card %1, expires on %2 (%3 days). %4</source>
        <translation>Card %1, expires on %2 (%3 days). %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="151"/>
        <source>Its validity has never been checked.</source>
        <translation>Its validity has never been checked.</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="152"/>
        <source>Validity last checked on %1 by %2.</source>
        <translation>Validity last checked on %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="155"/>
        <source>No residence card is recorded for this student.</source>
        <translation>No residence card is recorded for this student.</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="174"/>
        <source>The status ends on %1; the graduate is placed.</source>
        <translation>The status ends on %1; the graduate is placed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="176"/>
        <source>The status ended on %1 and the graduate is not placed.</source>
        <translation>The status ended on %1 and the graduate is not placed.</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="177"/>
        <source>The status ends on %1, in %2 day(s); the graduate is not placed yet.</source>
        <translation>The status ends on %1, in %2 day(s); the graduate is not placed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="185"/>
        <source>No job-hunting status is recorded (only for graduates on 特定活動).</source>
        <translation>No job-hunting status is recorded (only for graduates on 特定活動).</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::Roles</name>
    <message>
        <location filename="../../ui/language.cpp" line="60"/>
        <source>Auditors read and export; they change nothing.</source>
        <translation>Auditors read and export; they change nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="62"/>
        <source>Only administrators post to the ledger, reverse payments, set rates and the calendar.</source>
        <translation>Only administrators post to the ledger, reverse payments, set rates and the calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="65"/>
        <source>Only administrators and auditors export and verify the ledger.</source>
        <translation>Only administrators and auditors export and verify the ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="67"/>
        <source>Only administrators manage users and backups.</source>
        <translation>Only administrators manage users and backups.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::SettingsView</name>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="60"/>
        <source>Holidays and closing days</source>
        <translation>Holidays and closing days</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="66"/>
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="74"/>
        <source>name, e.g. 年末年始休業</source>
        <translation>name, e.g. 年末年始休業</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="75"/>
        <source>&amp;Add day off</source>
        <translation>&amp;Add day off</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="76"/>
        <source>Make the selected day a &amp;working day</source>
        <translation>Make the selected day a &amp;working day</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="86"/>
        <source>Daily subsidy rates (sme_internship)</source>
        <translation>Daily subsidy rates (sme_internship)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="88"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="88"/>
        <source>Daily rate (¥)</source>
        <translation>Daily rate (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="96"/>
        <source>Add &amp;rate</source>
        <translation>Add &amp;rate</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="101"/>
        <source>Amounts already posted never change.</source>
        <translation>Amounts already posted never change.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="105"/>
        <source>Bank transfers and budgets</source>
        <translation>Bank transfers and budgets</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="108"/>
        <source>Requester code (振込依頼人コード):</source>
        <translation>Requester code (振込依頼人コード):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="109"/>
        <source>Requester name (kana):</source>
        <translation>Requester name (kana):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="110"/>
        <source>Bank code:</source>
        <translation>Bank code:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="111"/>
        <source>Bank name (kana):</source>
        <translation>Bank name (kana):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="112"/>
        <source>Branch code:</source>
        <translation>Branch code:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="113"/>
        <source>Branch name (kana):</source>
        <translation>Branch name (kana):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="114"/>
        <source>Account no.:</source>
        <translation>Account no.:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="122"/>
        <source>Ordinary (普通)</source>
        <translation>Ordinary (普通)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="123"/>
        <source>Current (当座)</source>
        <translation>Current (当座)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="124"/>
        <source>Account type:</source>
        <translation>Account type:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="125"/>
        <source>Claims are prepared, checked and approved before posting</source>
        <translation>Claims are prepared, checked and approved before posting</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="126"/>
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="127"/>
        <source>Save the &amp;bank account and approval</source>
        <translation>Save the &amp;bank account and approval</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="136"/>
        <source>whole yen</source>
        <translation>whole yen</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="137"/>
        <source>Set b&amp;udget</source>
        <translation>Set b&amp;udget</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="141"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="150"/>
        <source>Not all saved</source>
        <translation>Not all saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="156"/>
        <location filename="../../ui/views/settings_view.cpp" line="286"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="164"/>
        <source>FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4</source>
        <translation>FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="168"/>
        <source>FY%1: no budget set · paid ¥%2</source>
        <translation>FY%1: no budget set · paid ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="177"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="182"/>
        <source>Rolling backups kept:</source>
        <translation>Rolling backups kept:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="184"/>
        <source>The desktop&apos;s language</source>
        <translation>The desktop&apos;s language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="188"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="192"/>
        <source>Where the program opens kakehashi.sqlite3 at start and where new databases go</source>
        <translation>Where the program opens kakehashi.sqlite3 at start and where new databases go</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="193"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="198"/>
        <source>Database folder:</source>
        <translation>Database folder:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="200"/>
        <source>Database folder</source>
        <translation>Database folder</translation>
    </message>
    <message>
        <source>Language (at the next start):</source>
        <translation type="vanished">Language (at the next start):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="221"/>
        <location filename="../../ui/views/settings_view.cpp" line="341"/>
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="319"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="341"/>
        <source>Give the day a name.</source>
        <translation>Give the day a name.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::StepsPanel</name>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="25"/>
        <source>&lt;b&gt;SME programme by step&lt;/b&gt;</source>
        <translation>&lt;b&gt;SME programme by step&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="28"/>
        <source>FY </source>
        <translation>FY </translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="38"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="39"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="40"/>
        <source>Sign-ups</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="41"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="42"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="43"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="75"/>
        <source>STEP 1 awareness</source>
        <translation>STEP 1 awareness</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="76"/>
        <source>STEP 2 matching</source>
        <translation>STEP 2 matching</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="77"/>
        <source>STEP 3 training and retention</source>
        <translation>STEP 3 training and retention</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="78"/>
        <source>no step</source>
        <translation>no step</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::StudentTableModel</name>
    <message>
        <source>Student no.</source>
        <translation type="vanished">Student no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Name</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="vanished">Nationality</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="vanished">School</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="vanished">Programme</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Enrolled</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="vanished">Completed</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::UserForm</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="71"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="71"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="81"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="86"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="94"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="94"/>
        <source>New &amp;password:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="96"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="99"/>
        <source>A new password also unlocks the user.</source>
        <translation>A new password also unlocks the user.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="152"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="155"/>
        <source>At least %1 characters (%2 so far).</source>
        <translation>At least %1 characters (%2 so far).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="157"/>
        <source>Does not match the password.</source>
        <translation>Does not match the password.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="169"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Failed logins</source>
        <translation>Failed logins</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="190"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="191"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="192"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="231"/>
        <source>%1 (over)</source>
        <translation>%1 (over)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="234"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="278"/>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="279"/>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="374"/>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="388"/>
        <source>Choose a user first.</source>
        <translation>Choose a user first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="281"/>
        <source>%1 is disabled already.</source>
        <translation>%1 is disabled already.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="324"/>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="391"/>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="392"/>
        <source>Disable %1? The user can no longer log in; the audit trail keeps the name.</source>
        <translation>Disable %1? The user can no longer log in; the audit trail keeps the name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="395"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
</context>
</TS>
