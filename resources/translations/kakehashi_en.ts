<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="28" />
        <location filename="../../app/gui_main.cpp" line="48" />
        <location filename="../../app/gui_main.cpp" line="107" />
        <source>Kakehashi</source>
        <translation>Kakehashi</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="29" />
        <source>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</source>
        <translation>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="34" />
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="49" />
        <source>The demo data could not be created: %1</source>
        <translation>The demo data could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="108" />
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AdvisorView</name>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="60" />
        <source>Student number, then Enter</source>
        <translation>Student number, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="61" />
        <source>Holds the 専門士 title</source>
        <translation>Holds the 専門士 title</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="63" />
        <source>Student:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70" />
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70" />
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70" />
        <location filename="../../ui/views/advisor_view.cpp" line="78" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="72" />
        <source>This is advice, not a decision: the Immigration Services Agency decides. The rules are data an administrator keeps up to date (kakehashi-cli advisor rules).</source>
        <translation>This is advice, not a decision: the Immigration Services Agency decides. The rules are data an administrator keeps up to date (kakehashi-cli advisor rules).</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="77" />
        <source>Students at risk of no work status after graduating:</source>
        <translation>Students at risk of no work status after graduating:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78" />
        <location filename="../../ui/views/advisor_view.cpp" line="113" />
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78" />
        <location filename="../../ui/views/advisor_view.cpp" line="113" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="81" />
        <source>Work-visa advisor</source>
        <translation>Work-visa advisor</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="107" />
        <source>Record &amp;introduction</source>
        <translation>Record &amp;introduction</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="108" />
        <location filename="../../ui/views/advisor_view.cpp" line="134" />
        <source>Records a counselling event (STEP 2) with the company and the selected student</source>
        <translation>Records a counselling event (STEP 2) with the company and the selected student</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="109" />
        <source>Company:</source>
        <translation>Company:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="113" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="113" />
        <source>JLPT</source>
        <translation>JLPT</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="114" />
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="114" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="120" />
        <source>Matching (STEP 2)</source>
        <translation>Matching (STEP 2)</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="145" />
        <source>No student with number “%1”.</source>
        <translation>No student with number “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="150" />
        <source>%1 %2 · %3 · field “%4” (pattern %5) · JLPT %6</source>
        <translation>%1 %2 · %3 · field “%4” (pattern %5) · JLPT %6</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="161" />
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="161" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="161" />
        <source>barrier</source>
        <translation>barrier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/advisor_view.cpp" line="188" />
        <source>%n student(s) from the company's overseas markets, not yet employed</source>
        <translation><numerusform>%n student from the company's overseas markets, not yet employed</numerusform><numerusform>%n students from the company's overseas markets, not yet employed</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="198" />
        <source>Record introduction</source>
        <translation>Record introduction</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="198" />
        <source>Choose a student in the list first.</source>
        <translation>Choose a student in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="204" />
        <source>Introduction recorded as event %1.</source>
        <translation>Introduction recorded as event %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="207" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AttendanceView</name>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="57" />
        <source>&amp;Internship:</source>
        <translation>&amp;Internship:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="59" />
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="75" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="84" />
        <source>Select days and type P (present), A (absent), L (leave) or Delete</source>
        <translation>Select days and type P (present), A (absent), L (leave) or Delete</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="95" />
        <source>&amp;Fill working days as present</source>
        <translation>&amp;Fill working days as present</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="96" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="98" />
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="181" />
        <source>No internship chosen.</source>
        <translation>No internship chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="182" />
        <source>%1 at %2, %3 … %4 (%5)</source>
        <translation>%1 at %2, %3 … %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="186" />
        <source>This month is posted to the subsidy ledger (entry %1). Its attendance cannot change until an administrator reverses that payment.</source>
        <translation>This month is posted to the subsidy ledger (entry %1). Its attendance cannot change until an administrator reverses that payment.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="229" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="229" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="230" />
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="242" />
        <source>Outside the internship</source>
        <translation>Outside the internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="284" />
        <source>Present: %1 day(s) · subsidy ¥%2</source>
        <translation>Present: %1 day(s) · subsidy ¥%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="285" />
        <source>Present: %1 day(s) · no subsidy: %2</source>
        <translation>Present: %1 day(s) · no subsidy: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="324" />
        <source>Attendance not saved</source>
        <translation>Attendance not saved</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ClaimsView</name>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="31" />
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="33" />
        <source>&amp;Post this month to the ledger…</source>
        <translation>&amp;Post this month to the ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="34" />
        <location filename="../../ui/views/claims_view.cpp" line="75" />
        <source>Adds a payment for every eligible claim not yet posted (administrators)</source>
        <translation>Adds a payment for every eligible claim not yet posted (administrators)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="41" />
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="42" />
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="43" />
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="44" />
        <source>Present days</source>
        <translation>Present days</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="45" />
        <source>Daily rate (¥)</source>
        <translation>Daily rate (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="46" />
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="47" />
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="48" />
        <source>Posted (¥)</source>
        <translation>Posted (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="49" />
        <source>Difference (¥)</source>
        <translation>Difference (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="50" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="105" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="105" />
        <location filename="../../ui/views/claims_view.cpp" line="114" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="114" />
        <source>no present day any more</source>
        <translation>no present day any more</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="124" />
        <source>%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4</source>
        <translation>%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="131" />
        <source>Post to the ledger</source>
        <translation>Post to the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="132" />
        <source>Post the unpaid claims of %1 to the subsidy ledger? Entries cannot be changed afterwards; a correction is a reversal.</source>
        <translation>Post the unpaid claims of %1 to the subsidy ledger? Entries cannot be changed afterwards; a correction is a reversal.</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="144" />
        <source>Not posted</source>
        <translation>Not posted</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="27" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="64" />
        <source>Interns active today
%1</source>
        <translation>Interns active today
%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="65" />
        <source>Claims this month
¥%1 due · ¥%2 posted</source>
        <translation>Claims this month
¥%1 due · ¥%2 posted</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="68" />
        <source>Placement rate %1 so far
%2</source>
        <translation>Placement rate %1 so far
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="70" />
        <source>no outcome yet</source>
        <translation>no outcome yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="72" />
        <source>Residence cards expiring within %1 days
%2</source>
        <translation>Residence cards expiring within %1 days
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="73" />
        <source>Completers with no outcome after %1 days
%2</source>
        <translation>Completers with no outcome after %1 days
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="87" />
        <source>Interns active today</source>
        <translation>Interns active today</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="91" />
        <source>Claims this month</source>
        <translation>Claims this month</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="95" />
        <source>Residence cards expiring soon</source>
        <translation>Residence cards expiring soon</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="99" />
        <source>Completers with no outcome recorded</source>
        <translation>Completers with no outcome recorded</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::LedgerView</name>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="55" />
        <source>Fiscal year (period)</source>
        <translation>Fiscal year (period)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="61" />
        <source>Posted from</source>
        <translation>Posted from</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="63" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="75" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="79" />
        <source>from ¥</source>
        <translation>from ¥</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="80" />
        <source>to ¥</source>
        <translation>to ¥</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="82" />
        <source>part of the name</source>
        <translation>part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="88" />
        <source>Counterparty:</source>
        <translation>Counterparty:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="90" />
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="91" />
        <source>Only corrections: each reversal beside the payment it reverses</source>
        <translation>Only corrections: each reversal beside the payment it reverses</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="95" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="96" />
        <source>Posted at</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="97" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="98" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="99" />
        <source>Internship</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="100" />
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="101" />
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="102" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="103" />
        <source>Rate (¥)</source>
        <translation>Rate (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="104" />
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="105" />
        <source>Reverses</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="106" />
        <source>Reversed by</source>
        <translation>Reversed by</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="107" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="108" />
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="124" />
        <source>&amp;Reverse payment…</source>
        <translation>&amp;Reverse payment…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="125" />
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="126" />
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="127" />
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="128" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="217" />
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="217" />
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="228" />
        <source>%1 of %2 entries found, net ¥%3. The ledger's last hash: %4</source>
        <translation>%1 of %2 entries found, net ¥%3. The ledger's last hash: %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="238" />
        <location filename="../../ui/views/ledger_view.cpp" line="243" />
        <source>Reverse payment</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="238" />
        <source>Choose the payment to reverse first.</source>
        <translation>Choose the payment to reverse first.</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="244" />
        <source>Why is entry %1 reversed? (required)</source>
        <translation>Why is entry %1 reversed? (required)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="253" />
        <source>Not reversed</source>
        <translation>Not reversed</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="263" />
        <source>Ledger verified</source>
        <translation>Ledger verified</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="264" />
        <source>The chain of %1 entries is intact.
Last hash: %2</source>
        <translation>The chain of %1 entries is intact.
Last hash: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="266" />
        <source>Ledger altered</source>
        <translation>Ledger altered</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="267" />
        <source>The ledger was altered outside the program at entry %1:
%2</source>
        <translation>The ledger was altered outside the program at entry %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="302" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="309" />
        <source>Export the ledger</source>
        <translation>Export the ledger</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="313" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="18" />
        <source>Log in to %1</source>
        <translation>Log in to %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="24" />
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="25" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="40" />
        <source>Kakehashi</source>
        <translation>Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="44" />
        <location filename="../../ui/main_window.cpp" line="105" />
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="113" />
        <source>Search by name, kana or student number (Ctrl+F)</source>
        <translation>Search by name, kana or student number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="64" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="44" />
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="44" />
        <source>Subsidy claims</source>
        <translation>Subsidy claims</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="44" />
        <source>Subsidy ledger</source>
        <translation>Subsidy ledger</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="44" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="45" />
        <source>Visa advisor &amp; matching</source>
        <translation>Visa advisor &amp; matching</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="45" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="65" />
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="67" />
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="68" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="70" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="72" />
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="73" />
        <source>&amp;Reports for METI/MEXT…</source>
        <translation>&amp;Reports for METI/MEXT…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="75" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="76" />
        <source>&amp;About Kakehashi</source>
        <translation>&amp;About Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="206" />
        <source>Single-user</source>
        <translation>Single-user</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="207" />
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="216" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="224" />
        <location filename="../../ui/main_window.cpp" line="269" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="226" />
        <source>No backup was made: %1</source>
        <translation>No backup was made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="233" />
        <location filename="../../ui/main_window.cpp" line="237" />
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="234" />
        <source>Backups (*.sqlite3)</source>
        <translation>Backups (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="238" />
        <source>Replace the database with the backup %1?
The current file is kept aside first.</source>
        <translation>Replace the database with the backup %1?
The current file is kept aside first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="245" />
        <source>Restored from %1; the file before is kept as %2</source>
        <translation>Restored from %1; the file before is kept as %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="247" />
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="263" />
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="264" />
        <source>Databases (*.sqlite3)</source>
        <translation>Databases (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="271" />
        <source>Not backed up</source>
        <translation>Not backed up</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="277" />
        <source>%n student(s)</source>
        <translation><numerusform>%n student</numerusform><numerusform>%n students</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="282" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="283" />
        <source>Kakehashi databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kakehashi databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="293" />
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="299" />
        <source>About Kakehashi</source>
        <translation>About Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="300" />
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="41" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="45" />
        <source>Placement (placement rate)</source>
        <translation>Placement (placement rate)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="46" />
        <source>Employment (where they work)</source>
        <translation>Employment (where they work)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="47" />
        <source>Programme summary for METI/MEXT</source>
        <translation>Programme summary for METI/MEXT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="48" />
        <source>Subsidy paid by month</source>
        <translation>Subsidy paid by month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="51" />
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="56" />
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="58" />
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="83" />
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="84" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="90" />
        <source>Export %1…</source>
        <translation>Export %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="94" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="129" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="184" />
        <source>Placement rate by fiscal year (%)</source>
        <translation>Placement rate by fiscal year (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="192" />
        <source>Placement rate by %1 (%)</source>
        <translation>Placement rate by %1 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="200" />
        <source>Employed students by %1</source>
        <translation>Employed students by %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="207" />
        <source>Subsidy paid by month (¥)</source>
        <translation>Subsidy paid by month (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="297" />
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="305" />
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::Roles</name>
    <message>
        <location filename="../../ui/language.cpp" line="22" />
        <source>Auditors read and export; they change nothing.</source>
        <translation>Auditors read and export; they change nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="24" />
        <source>Only administrators post to the ledger, reverse payments, set rates and the calendar.</source>
        <translation>Only administrators post to the ledger, reverse payments, set rates and the calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="27" />
        <source>Only administrators and auditors export and verify the ledger.</source>
        <translation>Only administrators and auditors export and verify the ledger.</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="29" />
        <source>Only administrators manage users and backups.</source>
        <translation>Only administrators manage users and backups.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::SettingsView</name>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="55" />
        <source>Holidays and closing days</source>
        <translation>Holidays and closing days</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="61" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="61" />
        <source>Name of the day</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="69" />
        <source>name, e.g. 年末年始休業</source>
        <translation>name, e.g. 年末年始休業</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="70" />
        <source>&amp;Add day off</source>
        <translation>&amp;Add day off</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="71" />
        <source>Make the selected day a &amp;working day</source>
        <translation>Make the selected day a &amp;working day</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="81" />
        <source>Daily subsidy rates (sme_internship)</source>
        <translation>Daily subsidy rates (sme_internship)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="83" />
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="83" />
        <source>Daily rate (¥)</source>
        <translation>Daily rate (¥)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="91" />
        <source>Add &amp;rate</source>
        <translation>Add &amp;rate</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="96" />
        <source>Amounts already posted never change.</source>
        <translation>Amounts already posted never change.</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="100" />
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="105" />
        <source>Rolling backups kept:</source>
        <translation>Rolling backups kept:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="107" />
        <source>The desktop's language</source>
        <translation>The desktop's language</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="111" />
        <source>Language (at the next start):</source>
        <translation>Language (at the next start):</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="127" />
        <location filename="../../ui/views/settings_view.cpp" line="176" />
        <source>Not added</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="154" />
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="176" />
        <source>Give the day a name.</source>
        <translation>Give the day a name.</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::StudentTableModel</name>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="74" />
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="75" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="76" />
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="77" />
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="78" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="79" />
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="80" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
</TS>