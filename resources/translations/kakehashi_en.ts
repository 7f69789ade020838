<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="25" />
        <location filename="../../app/gui_main.cpp" line="45" />
        <location filename="../../app/gui_main.cpp" line="95" />
        <source>Kakehashi</source>
        <translation>Kakehashi</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="26" />
        <source>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</source>
        <translation>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="31" />
        <source>Creating demo data…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="46" />
        <source>The demo data could not be created: %1</source>
        <translation>The demo data could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="96" />
        <source>The database cannot be opened:
%1</source>
        <translation>The database cannot be opened:
%1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="26" />
        <source>Kakehashi</source>
        <translation>Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="30" />
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="38" />
        <source>Search by name, kana or student number (Ctrl+F)</source>
        <translation>Search by name, kana or student number (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="55" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="56" />
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="59" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="61" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="62" />
        <source>&amp;About Kakehashi</source>
        <translation>&amp;About Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="101" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="109" />
        <source>%n student(s)</source>
        <translation><numerusform>%n student</numerusform><numerusform>%n students</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="114" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="115" />
        <source>Kakehashi databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Kakehashi databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="121" />
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="127" />
        <source>About Kakehashi</source>
        <translation>About Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="128" />
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</translation>
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