<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="25" />
        <location filename="../../app/gui_main.cpp" line="45" />
        <location filename="../../app/gui_main.cpp" line="95" />
        <source>Kakehashi</source>
        <translation>架け橋 Kakehashi</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="26" />
        <source>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</source>
        <translation>このデータベースは新しく、まだ空です。
%1

デモデータ（留学生2,000人とその学校・企業・職場実習・出欠・就職先・イベント）を入れて試してみますか？</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="31" />
        <source>Creating demo data…</source>
        <translation>デモデータを作成しています…</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="46" />
        <source>The demo data could not be created: %1</source>
        <translation>デモデータを作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="96" />
        <source>The database cannot be opened:
%1</source>
        <translation>データベースを開けません:
%1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="26" />
        <source>Kakehashi</source>
        <translation>架け橋 Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="30" />
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="38" />
        <source>Search by name, kana or student number (Ctrl+F)</source>
        <translation>氏名・カナ・学籍番号で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="55" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="56" />
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="59" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="61" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="62" />
        <source>&amp;About Kakehashi</source>
        <translation>架け橋について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="101" />
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="109" />
        <source>%n student(s)</source>
        <translation><numerusform>%n 人</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="114" />
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="115" />
        <source>Kakehashi databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>架け橋データベース (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="121" />
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="127" />
        <source>About Kakehashi</source>
        <translation>架け橋について</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="128" />
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;架け橋 Kakehashi&lt;/h3&gt;&lt;p&gt;産学連携コンソーシアムのための、留学生・職場実習・出欠・就職先の管理ソフトウェアです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::StudentTableModel</name>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="74" />
        <source>Student no.</source>
        <translation>学籍番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="75" />
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="76" />
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="77" />
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="78" />
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="79" />
        <source>Enrolled</source>
        <translation>入学日</translation>
    </message>
    <message>
        <location filename="../../ui/models/student_table_model.cpp" line="80" />
        <source>Completed</source>
        <translation>修了日</translation>
    </message>
</context>
</TS>