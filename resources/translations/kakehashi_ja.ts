<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui_main.cpp" line="133"/>
        <location filename="../../app/gui_main.cpp" line="147"/>
        <source>Kakehashi</source>
        <translation>架け橋 Kakehashi</translation>
    </message>
    <message>
        <source>This database is new and empty:
%1

Fill it with demo data (2,000 students with their schools, companies, internships, attendance, placements and events) to try the program?</source>
        <translation type="vanished">このデータベースは新しく、まだ空です。
%1

デモデータ（留学生2,000人とその学校・企業・職場実習・出欠・就職先・イベント）を入れて試してみますか？</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="vanished">デモデータを作成しています…</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="vanished">デモデータを作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="148"/>
        <source>The database cannot be opened:
%1</source>
        <translation>データベースを開けません:
%1</translation>
    </message>
</context>
<context>
    <name>kakehashi::auth</name>
    <message>
        <location filename="../../core/auth/roles.cpp" line="22"/>
        <source>%1 (%2) may not do this</source>
        <translation>%1（%2）にはこの操作の権限がありません</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="149"/>
        <location filename="../../core/auth/auth.cpp" line="180"/>
        <source>unknown user or wrong password</source>
        <translation>ユーザー名またはパスワードが正しくありません</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="187"/>
        <source>the user %1 is disabled</source>
        <translation>ユーザー %1 は無効になっています</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="162"/>
        <source>the user %1 is locked after %2 failed logins until %3</source>
        <translation>ユーザー %1 はログインに %2 回失敗したため、%3 までロックされています</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="128"/>
        <source>%1 has no Kakehashi role on this server (an administrator gives one with user add or user role)</source>
        <translation>%1 にはこのサーバーでの架け橋の役割がありません（管理者が user add または user role で付与します）</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="201"/>
        <source>the first user must be an administrator</source>
        <translation>最初のユーザーは管理者にしてください</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="203"/>
        <source>only an administrator may add users</source>
        <translation>ユーザーの追加は管理者のみが行えます</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="205"/>
        <source>a user name has 1 to 64 characters</source>
        <translation>ユーザー名は 1〜64 文字にしてください</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="207"/>
        <location filename="../../core/auth/auth.cpp" line="242"/>
        <source>a password has at least %1 characters</source>
        <translation>パスワードは %1 文字以上にしてください</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="210"/>
        <location filename="../../core/auth/auth.cpp" line="229"/>
        <source>a user %1 exists already</source>
        <translation>ユーザー %1 はすでに存在します</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="240"/>
        <source>only an administrator may change another user&apos;s password</source>
        <translation>他のユーザーのパスワードの変更は管理者のみが行えます</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="245"/>
        <location filename="../../core/auth/auth.cpp" line="261"/>
        <location filename="../../core/auth/auth.cpp" line="293"/>
        <location filename="../../core/auth/auth.cpp" line="308"/>
        <location filename="../../core/auth/auth.cpp" line="330"/>
        <location filename="../../core/auth/auth.cpp" line="344"/>
        <source>there is no user %1</source>
        <translation>ユーザー %1 は存在しません</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="280"/>
        <source>%1 is the last active administrator: make another administrator first, or nobody could manage users any more</source>
        <translation>%1 は最後の有効な管理者です。先に別のユーザーを管理者にしてください。そうしないと、ユーザーを管理できる人がいなくなります</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="288"/>
        <source>only an administrator may change roles</source>
        <translation>役割の変更は管理者のみが行えます</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="327"/>
        <source>only an administrator may disable users</source>
        <translation>ユーザーの無効化は管理者のみが行えます</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="397"/>
        <source>users %1 and %2 have the same password hash: one was copied from the other outside Kakehashi</source>
        <translation>ユーザー %1 と %2 のパスワードハッシュが同じです。架け橋の外で一方から他方へコピーされています</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="403"/>
        <source>user %1 was added outside Kakehashi: the audit trail never recorded it</source>
        <translation>ユーザー %1 は架け橋の外で追加されています。監査ログに記録がありません</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="407"/>
        <source>the role of %1 is %2, but the audit trail last gave it %3: the users table was edited</source>
        <translation>%1 の役割は %2 ですが、監査ログ上の最後の設定は %3 です。ユーザーの表が直接編集されています</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="410"/>
        <source>%1 was disabled, but is enabled again without a record in the audit trail</source>
        <translation>%1 は無効にされていましたが、監査ログに記録のないまま再び有効になっています</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="412"/>
        <source>the password of %1 was replaced outside Kakehashi (its hash is not the one last set through the program)</source>
        <translation>%1 のパスワードが架け橋の外で置き換えられています（ハッシュがプログラムで最後に設定したものと異なります）</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="417"/>
        <source>the users table is empty although the database has had %1 user(s): it was emptied outside Kakehashi (the database stays closed to logins; restore a backup)</source>
        <translation>このデータベースには %1 人のユーザーがいましたが、ユーザーの表が空です。架け橋の外で消去されています（このデータベースにはログインできません。バックアップから復元してください）</translation>
    </message>
    <message>
        <location filename="../../core/auth/auth.cpp" line="426"/>
        <source>user %1 was deleted outside Kakehashi</source>
        <translation>ユーザー %1 は架け橋の外で削除されています</translation>
    </message>
</context>
<context>
    <name>kakehashi::io</name>
    <message>
        <location filename="../../core/io/csv.cpp" line="78"/>
        <source>a quoted field is not closed</source>
        <translation>引用符（&quot;）で始まる値が閉じられていません</translation>
    </message>
    <message>
        <location filename="../../core/io/csv.cpp" line="84"/>
        <source>text after the closing quote of a field</source>
        <translation>値を閉じる引用符（&quot;）の後に文字があります</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="58"/>
        <source>%1 %2, field %3: “%4” has no code in CP932; export as UTF-8 instead</source>
        <translation>%1 %2、項目 %3: 「%4」は CP932 で表せない文字です。UTF-8 で出力してください</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="163"/>
        <location filename="../../core/io/xlsx_book.cpp" line="51"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="101"/>
        <source>%1, field %2: “%3” has no code in CP932; export as UTF-8 instead</source>
        <translation>%1、項目 %2: 「%3」は CP932 で表せない文字です。UTF-8 で出力してください</translation>
    </message>
    <message>
        <location filename="../../core/io/exporter.cpp" line="139"/>
        <location filename="../../core/io/xlsx_book.cpp" line="25"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="51"/>
        <source>the database holds no school with code “%1”</source>
        <translation>コード「%1」の学校はデータベースに登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="53"/>
        <source>the database holds no company with code “%1”</source>
        <translation>コード「%1」の企業はデータベースに登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="55"/>
        <source>the database holds no student with number “%1”</source>
        <translation>学籍番号「%1」の留学生はデータベースに登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="57"/>
        <source>the database holds no internship with number “%1”</source>
        <translation>実習番号「%1」の職場実習はデータベースに登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="58"/>
        <source>the database holds no event with number “%1”</source>
        <translation>イベント番号「%1」のイベントはデータベースに登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="253"/>
        <source>the file is empty: a header row is needed</source>
        <translation>ファイルが空です。見出し行が必要です</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="277"/>
        <source>the key column is missing</source>
        <translation>キーの列がありません</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="233"/>
        <source>bytes that are not %1 text</source>
        <translation>%1 の文字として読めないバイトが含まれています</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="335"/>
        <source>%1 fields where the header has %2</source>
        <translation>この行は %1 列ですが、見出し行は %2 列です</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="365"/>
        <source>a value is required</source>
        <translation>値は必須です</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="372"/>
        <source>a value is required (it is the key)</source>
        <translation>値は必須です（キーの項目です）</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="385"/>
        <source>the same key %1 is on line %2 already</source>
        <translation>同じキー %1 がすでに %2 行目にあります</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="433"/>
        <source>a value is required for a new record</source>
        <translation>新規レコードでは値は必須です</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="434"/>
        <source>the column is missing and a new record needs it</source>
        <translation>列がありません。新規レコードには必須の列です</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="504"/>
        <source>%1 of internship %2 is posted to the subsidy ledger (entry %3): reverse that payment before changing its attendance</source>
        <translation>職場実習 %2 の %1 分は補助金台帳に計上済みです（番号 %3）。出欠を変更する前に、その支払を取り消してください</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="532"/>
        <source>internship %1 cannot be active while its checklist lacks: %2 (setting internship.checklist is on; record the checks with compliance checklist set, or an administrator overrides with a reason)</source>
        <translation>職場実習 %1 は、チェックリストに次の不足があるため実施中にできません: %2（設定 internship.checklist が有効です。compliance checklist set で確認を記録するか、管理者が理由を付けて例外承認してください）</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="588"/>
        <source>attendance on %1 would fall outside the new period</source>
        <translation>%1 の出欠が新しい期間から外れてしまいます</translation>
    </message>
    <message>
        <location filename="../../core/io/importer.cpp" line="696"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
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
        <translation>「%1」は正しい年月（YYYY-MM）ではありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="158"/>
        <source>%1 has not ended yet: a month is posted after its last day (%2; today is %3); nothing was posted</source>
        <translation>%1 はまだ終わっていません。月の計上は末日（%2）の後に行います（本日は %3）。何も計上していません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="180"/>
        <source>%1: posting ¥%2 would take FY%3&apos;s paid total to ¥%4, above its budget of ¥%5 by ¥%6; nothing was posted</source>
        <translation>%1: %2 円を計上すると %3 年度の支払累計が %4 円となり、予算 %5 円を %6 円超えます。何も計上していません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="197"/>
        <source>%1: the month&apos;s claims are %2, not approved; with subsidy.approval on they are prepared, checked and approved before they are posted; nothing was posted</source>
        <translation>%1: この月の請求は %2 の状態で、承認されていません。subsidy.approval が on の場合、請求は作成・確認・承認を経てから計上します。何も計上していません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="201"/>
        <source>%1: the claims changed after they were approved; reject the month and prepare it again; nothing was posted</source>
        <translation>%1: 承認後に請求が変更されています。この月を差し戻して、もう一度作成してください。何も計上していません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="245"/>
        <source>a reversal needs a reason</source>
        <translation>取消には理由が必要です</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="254"/>
        <source>there is no ledger entry %1</source>
        <translation>台帳に番号 %1 の行はありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="256"/>
        <source>entry %1 is a reversal; only a payment can be reversed</source>
        <translation>番号 %1 は取消の行です。取り消せるのは支払のみです</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="258"/>
        <source>entry %1 has already been reversed</source>
        <translation>番号 %1 はすでに取り消されています</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="347"/>
        <source>the audit trail&apos;s last record</source>
        <translation>監査ログの最後の記録</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="354"/>
        <source>the witness file %1</source>
        <translation>控えファイル %1</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="356"/>
        <source>the witness file %1 cannot be read as a witness</source>
        <translation>控えファイル %1 を控えとして読み取れません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="358"/>
        <source>no witness file at %1</source>
        <translation>%1 に控えファイルがありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="371"/>
        <source>entry %1 follows entry %2: entries are missing or out of order</source>
        <translation>番号 %2 の次が番号 %1 になっています。行が欠けているか、順序が入れ替わっています</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="373"/>
        <source>entry %1 does not continue the chain: its prev_hash is not the hash of entry %2 (an entry before it was changed, removed or reordered)</source>
        <translation>番号 %1 がハッシュチェーンにつながっていません。prev_hash が番号 %2 のハッシュと一致しません（それより前の行が変更・削除されたか、順序が入れ替えられています）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="388"/>
        <source>entry %1 was changed after it was posted: its hash does not match its contents</source>
        <translation>番号 %1 は計上後に変更されています。ハッシュが内容と一致しません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="404"/>
        <source>entries %1–%2 are missing: %3 recorded %4 entries, the ledger holds %5 (its last entries were removed)</source>
        <translation>番号 %1〜%2 の行がありません。%3 には %4 件と記録されていますが、台帳には %5 件しかありません（末尾の行が削除されています）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="416"/>
        <source>entry %1 is not the one %2 recorded (hash %3): the ledger was rewritten</source>
        <translation>番号 %1 が %2 に記録された行（ハッシュ %3）と異なります。台帳が書き換えられています</translation>
    </message>
    <message>
        <location filename="../../core/ledger/ledger.cpp" line="421"/>
        <source>%1: %2 entries, last hash %3 — consistent</source>
        <translation>%1: %2 件、最終ハッシュ %3 — 一致</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="112"/>
        <source>a rejection needs a reason</source>
        <translation>差戻しには理由が必要です</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ledger/approval.cpp" line="127"/>
        <source>the claims changed after they were prepared (now %n payment(s), ¥%1); reject the month and prepare it again</source>
        <translation>
            <numerusform>作成後に請求が変更されています（現在 %n 件、%1 円）。この月を差し戻して、もう一度作成してください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="135"/>
        <source>the month is %1 already; reject it first to prepare it again</source>
        <translation>この月はすでに %1 です。もう一度作成するには、先に差し戻してください</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="137"/>
        <source>there are no unpaid claims to prepare</source>
        <translation>作成する未払の請求がありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="140"/>
        <source>only a prepared month can be checked; it is %1</source>
        <translation>確認できるのは作成済みの月だけです（現在: %1）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="142"/>
        <source>%1 prepared the month; a second person must check it</source>
        <translation>この月は %1 が作成しました。確認は別の人が行ってください</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="146"/>
        <source>only a checked month can be approved; it is %1</source>
        <translation>承認できるのは確認済みの月だけです（現在: %1）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="148"/>
        <source>%1 checked the month; another administrator must approve it</source>
        <translation>この月は %1 が確認しました。承認は別の管理者が行ってください</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="152"/>
        <source>only a prepared, checked or approved month can be rejected; it is %1</source>
        <translation>差し戻せるのは作成済み・確認済み・承認済みの月だけです（現在: %1）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/approval.cpp" line="156"/>
        <source>%1 %2 the month; someone else must reject it</source>
        <translation>この月は %1 が %2 にしました。差戻しは別の人が行ってください</translation>
    </message>
    <message>
        <location filename="../../core/ledger/budget.cpp" line="36"/>
        <source>FY%1 is outside %2–%3</source>
        <translation>%1 年度は %2〜%3 の範囲外です</translation>
    </message>
    <message>
        <location filename="../../core/ledger/budget.cpp" line="38"/>
        <source>a budget cannot be negative</source>
        <translation>予算を負の値にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="33"/>
        <source>“%1” cannot be written in the half-width katakana of a bank transfer file</source>
        <translation>「%1」は振込ファイルの半角カナで表せません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="37"/>
        <source>“%1” is %2 characters in half-width katakana; the transfer file holds %3</source>
        <translation>「%1」は半角カナで %2 文字です。振込ファイルには %3 文字までしか入りません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="92"/>
        <source>“%1” is not on or off</source>
        <translation>「%1」は on または off ではありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="97"/>
        <source>the consortium&apos;s name is up to 100 characters on one line</source>
        <translation>コンソーシアム名は 1 行・100 文字以内で入力してください</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="106"/>
        <source>“%1” is not a number of years from 1 to 99</source>
        <translation>「%1」は 1〜99 の年数ではありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="113"/>
        <source>“%1” is not a requester code of up to 10 digits</source>
        <translation>「%1」は 10 桁以内の依頼人コードではありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="138"/>
        <source>unknown setting “%1” (%2)</source>
        <translation>不明な設定「%1」（%2）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/settings.cpp" line="188"/>
        <source>%1: approval needs separate people to prepare, check and approve; add users first (user add NAME --role …)</source>
        <translation>%1: 承認には作成・確認・承認をそれぞれ別の人が行う必要があります。先にユーザーを追加してください（user add NAME --role …）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="141"/>
        <source>settings: %1: not set (kakehashi-cli settings set %1 VALUE)</source>
        <translation>設定: %1: 未設定です（kakehashi-cli settings set %1 VALUE）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="146"/>
        <source>settings: %1: %2</source>
        <translation>設定: %1: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="146"/>
        <source>“%1” is not as stored by the program</source>
        <translation>「%1」はプログラムが保存した形式ではありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="184"/>
        <source>%1: the account details are not complete: %2 empty</source>
        <translation>%1: 口座情報が不完全です（%2 が空です）</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="198"/>
        <source>%1: account_holder_kana “%2”: %3 cannot be written in the half-width katakana of a bank transfer file</source>
        <translation>%1: account_holder_kana「%2」: %3 は振込ファイルの半角カナで表せません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="204"/>
        <source>%1: the name “%2” is cut to its first %3 characters, as the transfer file holds them</source>
        <translation>%1: 名義「%2」は、振込ファイルに入る先頭の %3 文字に切り詰められます</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="213"/>
        <source>%1: ¥%2 does not fit the 10 digits of a transfer&apos;s amount</source>
        <translation>%1: %2 円は振込金額の 10 桁に収まりません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="223"/>
        <source>%1: nothing to transfer: no student has a net payment above zero in that period</source>
        <translation>%1: 振込対象がありません。この期間に差引の支払額が 0 円を超える留学生はいません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="225"/>
        <source>%1: the total ¥%2 does not fit the 12 digits of the trailer</source>
        <translation>%1: 合計 %2 円がトレーラレコードの 12 桁に収まりません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ledger/transfer.cpp" line="227"/>
        <source>%1: %n problem(s); no transfer file was written</source>
        <translation>
            <numerusform>%1: 問題が %n 件あります。振込ファイルは作成していません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="234"/>
        <source>%1 is not a working day: a bank transfers on its business days</source>
        <translation>%1 は営業日ではありません。振込は銀行の営業日に行われます</translation>
    </message>
    <message>
        <location filename="../../core/ledger/transfer.cpp" line="254"/>
        <source>entries %1 were paid by the transfer file for %2 made at %3 by %4</source>
        <translation>番号 %1 は、%4 が %3 に作成した振込日 %2 の振込ファイルで支払済みです</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/ledger/transfer.cpp" line="267"/>
        <source>%1: %n of the file&apos;s ledger entries were in an earlier transfer file; confirm to make the file again; no transfer file was written</source>
        <translation>
            <numerusform>%1: このファイルの台帳の行のうち %n 件は、以前の振込ファイルに含まれています。再作成する場合は確認してください。振込ファイルは作成していません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="80"/>
        <source>there is no internship %1</source>
        <translation>職場実習 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="82"/>
        <source>%1 lies outside internship %2 (%3 – %4)</source>
        <translation>%1 は職場実習 %2 の期間（%3 〜 %4）外です</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="85"/>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="87"/>
        <location filename="../../core/ledger/evidence.cpp" line="140"/>
        <source>%1: %2 bytes is more than the %3 MB a document may have</source>
        <translation>%1: %2 バイトは、書類 1 件の上限 %3 MB を超えています</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="93"/>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP): a signed timesheet is attached as the scan or photo of the paper</source>
        <translation>%1 は PDF でも画像（PNG・JPEG・TIFF・WebP）でもありません。署名済み出勤簿は、紙の出勤簿のスキャンまたは写真を添付してください</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="101"/>
        <source>%1 %2 has a signed timesheet already (%3, added by %4 at %5, sha256 %6); attach the new one as a replacement (--replace; Replace… in the window): the old one stays as version %7</source>
        <translation>%1 %2 には署名済み出勤簿がすでに添付されています（%3、%5 に %4 が追加、sha256 %6）。新しいものは差し替えとして添付してください（--replace、画面では「署名済み出勤簿を添付…」）。以前のものは第 %7 版として残ります</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="138"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="164"/>
        <source>%1 %2 has no signed timesheet</source>
        <translation>%1 %2 には署名済み出勤簿がありません</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="168"/>
        <source>%1 %2: the stored timesheet does not match its SHA-256 (%3); the database was altered</source>
        <translation>%1 %2: 保存されている出勤簿が SHA-256（%3）と一致しません。データベースが改ざんされています</translation>
    </message>
    <message>
        <location filename="../../core/ledger/evidence.cpp" line="243"/>
        <source>%1 %2: no signed timesheet for %3</source>
        <translation>%1 %2: %3 の署名済み出勤簿がありません</translation>
    </message>
</context>
<context>
    <name>kakehashi::reports</name>
    <message>
        <location filename="../../core/reports/timesheet.cpp" line="39"/>
        <source>there is no internship %1</source>
        <translation>職場実習 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/reports/timesheet.cpp" line="52"/>
        <source>%1-%2 is not a month the calendar covers</source>
        <translation>%1-%2 は暦の対象外の月です</translation>
    </message>
    <message>
        <location filename="../../core/reports/timesheet.cpp" line="56"/>
        <source>%1 lies outside internship %2 (%3 – %4)</source>
        <translation>%1 は職場実習 %2 の期間（%3 〜 %4）外です</translation>
    </message>
</context>
<context>
    <name>kakehashi::rules</name>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="23"/>
        <source>the internship is cancelled</source>
        <translation>この職場実習は中止されています</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="25"/>
        <source>the student&apos;s programme is %1, not sme_internship</source>
        <translation>留学生の事業が sme_internship ではなく %1 です</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="27"/>
        <source>the student has no graduation date</source>
        <translation>留学生の卒業予定日が登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="33"/>
        <source>not in the final year: graduation on %1 is in FY%2, the start on %3 in FY%4</source>
        <translation>最終学年ではありません: 卒業予定日 %1 は %2 年度、開始日 %3 は %4 年度です</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="40"/>
        <source>a final-year student&apos;s internship may start from %1; it starts on %2</source>
        <translation>最終学年の留学生の職場実習は %1 以降に開始する必要があります（開始日: %2）</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="46"/>
        <source>already employed: a placement was decided on %1, on or before the start on %2</source>
        <translation>就職済みです: 開始日 %2 以前の %1 に就職が決定しています</translation>
    </message>
    <message>
        <location filename="../../core/rules/subsidy.cpp" line="80"/>
        <source>no daily rate is in force on %1</source>
        <translation>%1 に適用される日額がありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="32"/>
        <source>“%1”: a date&apos;s year lies between %2 and %3</source>
        <translation>「%1」: 日付の年は %2〜%3 の範囲にしてください</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="35"/>
        <source>“%1” is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYY/M/D, a real calendar day)</source>
        <translation>「%1」は日付として正しくありません（YYYY-MM-DD、YYYY/MM/DD または YYYY/M/D の形式で、実在する日付）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="46"/>
        <source>“%1” is not a boolean (true/false, 1/0, yes/no)</source>
        <translation>「%1」は「はい／いいえ」として読めません（true/false、1/0、yes/no のいずれか）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="67"/>
        <source>“%1” is not an amount in whole yen (e.g. 7000, ¥7,000)</source>
        <translation>「%1」は円単位の整数の金額ではありません（例: 7000、¥7,000）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="76"/>
        <source>“%1” is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="80"/>
        <source>%1 is outside %2–%3</source>
        <translation>%1 は %2〜%3 の範囲外です</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="91"/>
        <source>“%1” is not a number of hours</source>
        <translation>「%1」は時間数として正しくありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="104"/>
        <source>hours must lie between 0 and 24, not %1</source>
        <translation>時間は 0〜24 の範囲にしてください（%1 は範囲外です）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="130"/>
        <source>“%1” is not a prefecture (a JIS code 01–47 or a name such as 東京都)</source>
        <translation>「%1」は都道府県ではありません（01〜47 の JIS コード、または「東京都」などの名称）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="140"/>
        <source>“%1” is not one of: %2</source>
        <translation>「%1」は使用できません。次のいずれかにしてください: %2</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="147"/>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code</source>
        <translation>「%1」は ISO 3166-1 alpha-2 の国コードではありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="153"/>
        <source>a corporate number (法人番号) has 13 digits, not “%1”</source>
        <translation>法人番号は 13 桁の数字です（入力値:「%1」）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="163"/>
        <source>the check digit of corporate number %1 is wrong (it should be %2)</source>
        <translation>法人番号 %1 のチェックデジットが正しくありません（正しくは %2）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="170"/>
        <source>“%1” is not %2 digits</source>
        <translation>「%1」は %2 桁の数字ではありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="178"/>
        <source>“%1” is not an e-mail address</source>
        <translation>「%1」はメールアドレスとして正しくありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="208"/>
        <source>holds a control character (%1) at position %2; only memo may hold line breaks and tabs</source>
        <translation>%2 文字目に制御文字（%1）があります。改行とタブを使えるのはメモだけです</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="213"/>
        <source>a key holds no space or invisible character, but this one has %1 at position %2</source>
        <translation>キーに空白や見えない文字は使えませんが、%2 文字目に %1 があります</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="218"/>
        <source>a key has at most %1 characters, this one has %2</source>
        <translation>キーは %1 文字以内にしてください（この値は %2 文字です）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="220"/>
        <source>a name may not begin with %1 (a spreadsheet would take it for a formula)</source>
        <translation>名前を %1 で始めることはできません（表計算ソフトで数式と見なされます）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="240"/>
        <source>a reason may not begin with %1 (a spreadsheet would take it for a formula)</source>
        <translation>理由を %1 で始めることはできません（表計算ソフトで数式と見なされます）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="243"/>
        <source>a reason holds no control character (%1)</source>
        <translation>理由に制御文字（%1）は使えません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="325"/>
        <source>the student would be younger than %1 on the enrolment date %2</source>
        <translation>入学日 %2 の時点で %1 歳未満になります</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="334"/>
        <source>completed on %1, before the enrolment on %2</source>
        <translation>修了日 %1 が入学日 %2 より前です</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="346"/>
        <location filename="../../core/rules/validation.cpp" line="389"/>
        <source>the end %1 is before the start %2</source>
        <translation>終了日 %1 が開始日 %2 より前です</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="349"/>
        <source>an internship lasts less than 6 months: from %1 it must end before %2</source>
        <translation>職場実習の期間は 6 か月未満です。%1 に開始する場合は %2 より前に終了してください</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="368"/>
        <source>overlaps the student&apos;s internship %1 (%2 … %3)</source>
        <translation>この留学生の職場実習 %1（%2 〜 %3）と期間が重なっています</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="380"/>
        <source>“%1” is not a residence card number (two capital letters, eight digits, two capital letters, e.g. AB12345678CD)</source>
        <translation>「%1」は在留カード番号ではありません（英大文字 2 字・数字 8 桁・英大文字 2 字。例: AB12345678CD）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="396"/>
        <source>overlaps the school&apos;s vacation from %1 (%2 … %3)</source>
        <translation>学校の長期休業 %1（%2 〜 %3）と期間が重なっています</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="404"/>
        <source>%1 is outside the internship&apos;s period %2 … %3</source>
        <translation>%1 は職場実習の期間（%2 〜 %3）外です</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="417"/>
        <source>a column without a name</source>
        <translation>列名がありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="419"/>
        <source>unknown column “%1” in a %2 file</source>
        <translation>「%1」は %2 ファイルの列名ではありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="421"/>
        <source>column “%1” appears twice</source>
        <translation>列「%1」が重複しています</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="480"/>
        <source>required when the outcome is employed (true for a Japanese company)</source>
        <translation>進路が就職の場合は必須です（日本企業なら true）</translation>
    </message>
    <message>
        <location filename="../../core/rules/validation.cpp" line="484"/>
        <source>give exactly one of student_no and company_code</source>
        <translation>student_no と company_code のどちらか一方だけを入力してください</translation>
    </message>
    <message>
        <location filename="../../core/rules/zengin_kana.cpp" line="101"/>
        <source>“%1” is not katakana: the account holder&apos;s name as the bank holds it, in katakana (full- or half-width), e.g. グエン ヴァン アン</source>
        <translation>「%1」はカタカナではありません。銀行に登録されている口座名義をカタカナ（全角または半角）で入力してください（例: グエン ヴァン アン）</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="43"/>
        <source>residence card copy seen</source>
        <translation>在留カードの写しの確認</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="45"/>
        <source>work permission</source>
        <translation>資格外活動許可</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="47"/>
        <source>internship agreement signed by the company</source>
        <translation>企業の署名済みインターンシップ契約書</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="49"/>
        <source>insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="57"/>
        <source>not verified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="60"/>
        <source>the kind of permission (none, general, individual) is not recorded</source>
        <translation>許可の種類（なし・包括・個別）が記録されていません</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="63"/>
        <source>no date of the individual permission</source>
        <translation>個別許可の許可日がありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="65"/>
        <source>no number of the individual permission</source>
        <translation>個別許可の許可番号がありません</translation>
    </message>
    <message>
        <location filename="../../core/rules/internship_checklist.cpp" line="71"/>
        <source>no scanned document attached</source>
        <translation>スキャンした書類が添付されていません</translation>
    </message>
</context>
<context>
    <name>kakehashi::services</name>
    <message>
        <location filename="../../core/services/records.cpp" line="27"/>
        <source>%1 is stored already: open it to correct it</source>
        <translation>%1 はすでに登録されています。修正するには登録済みのレコードを開いてください</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="84"/>
        <source>%1 fields where the kind has %2</source>
        <translation>項目が %1 個ありますが、この種別の項目は %2 個です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="94"/>
        <location filename="../../core/services/checklist.cpp" line="133"/>
        <location filename="../../core/services/checklist.cpp" line="263"/>
        <location filename="../../core/services/checklist.cpp" line="409"/>
        <source>there is no internship %1</source>
        <translation>職場実習 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="137"/>
        <source>the day of the verification is required</source>
        <translation>確認日は必須です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="139"/>
        <source>%1 is in the future: a check is recorded once it was done</source>
        <translation>%1 は未来の日付です。確認は実施後に記録してください</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="151"/>
        <source>%1: the permission is none, general or individual (given “%2”)</source>
        <translation>%1: 許可は none・general・individual のいずれかです（指定値「%2」）</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="156"/>
        <source>%1: an individual permission needs its date (YYYY-MM-DD)</source>
        <translation>%1: 個別許可には許可日（YYYY-MM-DD）が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="158"/>
        <source>%1: the permission&apos;s date %2 is in the future</source>
        <translation>%1: 許可日 %2 が未来の日付です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="162"/>
        <source>%1: an individual permission needs its number (up to 64 characters)</source>
        <translation>%1: 個別許可には許可番号（64 文字以内）が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="164"/>
        <source>%1: a date and number are for an individual permission only</source>
        <translation>%1: 許可日と許可番号は個別許可の場合のみ指定できます</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="167"/>
        <source>%1: a permission is recorded with the item work_permission only</source>
        <translation>%1: 許可は項目 work_permission にのみ記録できます</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="177"/>
        <source>%1: the file is empty</source>
        <translation>%1: ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="179"/>
        <source>%1: %2 bytes is more than the %3 MB a document may have</source>
        <translation>%1: %2 バイトは、書類 1 件の上限 %3 MB を超えています</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="185"/>
        <source>%1 is neither a PDF nor an image (PNG, JPEG, TIFF, WebP)</source>
        <translation>%1 は PDF でも画像（PNG、JPEG、TIFF、WebP）でもありません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="241"/>
        <source>an override needs a reason</source>
        <translation>例外承認には理由が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="246"/>
        <source>internship %1 is %2: only a planned internship becomes active</source>
        <translation>職場実習 %1 は %2 です。実施中にできるのは予定の職場実習のみです</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="248"/>
        <source>internship %1 is active and its checklist is complete: nothing to override</source>
        <translation>職場実習 %1 は実施中で、チェックリストもそろっています。例外承認の必要はありません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="273"/>
        <source>internship %1 cannot be active: %2</source>
        <translation>職場実習 %1 は実施中にできません: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="286"/>
        <source>%1 has no document for %2</source>
        <translation>%1 には %2 の書類がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="289"/>
        <source>%1 %2: the stored document does not match its SHA-256 (%3); the database was altered</source>
        <translation>%1 %2: 保存されている書類が SHA-256（%3）と一致しません。データベースが改変されています</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="323"/>
        <source>the student&apos;s residence card expiry is not recorded</source>
        <translation>留学生の在留カードの有効期限が登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="335"/>
        <source>the residence card expires on %1, before the internship ends (%2)</source>
        <translation>在留カードの有効期限 %1 が、職場実習の終了日（%2）より前です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="337"/>
        <source>the residence card expired on %1</source>
        <translation>在留カードの有効期限（%1）が切れています</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="338"/>
        <source>the residence card expires on %1, within %2 days</source>
        <translation>在留カードの有効期限 %1 まで %2 日以内です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="352"/>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="357"/>
        <source>bytes that are not text in the encoding</source>
        <translation>指定の文字コードで読めないバイトが含まれています</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="362"/>
        <source>the file has no header</source>
        <translation>ファイルに見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="374"/>
        <location filename="../../core/services/relations.cpp" line="551"/>
        <source>unknown column (known: %1)</source>
        <translation>不明な列です（使用できる列: %1）</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="376"/>
        <source>the column is repeated</source>
        <translation>列が重複しています</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="380"/>
        <source>the column is missing</source>
        <translation>列がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="392"/>
        <location filename="../../core/services/relations.cpp" line="567"/>
        <source>%1 fields where the header has %2</source>
        <translation>この行は %1 列ですが、見出し行は %2 列です</translation>
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
        <translation>値は必須です</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="412"/>
        <source>“%1” is not an item (residence_card, work_permission, agreement, insurance)</source>
        <translation>「%1」は項目ではありません（residence_card、work_permission、agreement、insurance）</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="417"/>
        <location filename="../../core/services/japanese_training.cpp" line="79"/>
        <location filename="../../core/services/relations.cpp" line="76"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>「%1」は日付ではありません（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="427"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/checklist.cpp" line="429"/>
        <source>%1: more than the %2 MB a document may have</source>
        <translation>%1: 書類 1 件の上限 %2 MB を超えています</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="102"/>
        <source>no record with the key “%1” is stored</source>
        <translation>キー「%1」のレコードは登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="117"/>
        <source>%1 is no longer stored</source>
        <translation>%1 が見つかりません（削除された可能性があります）</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="135"/>
        <source>someone</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="137"/>
        <source>%1 was changed by %2 at %3 after you opened it</source>
        <translation>%1 は、開いた後に %2 によって変更されました（%3）</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="157"/>
        <source>the key of a stored record cannot change</source>
        <translation>登録済みのレコードのキーは変更できません</translation>
    </message>
    <message>
        <location filename="../../core/services/records.cpp" line="181"/>
        <source>records of this kind are not archived</source>
        <translation>この種別のレコードはアーカイブできません</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="37"/>
        <source>the student number is missing</source>
        <translation>学籍番号がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="39"/>
        <source>the status ends on %1, not after it was granted on %2</source>
        <translation>終了日 %1 が許可日 %2 より後になっていません</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="44"/>
        <source>the status ends on %1, more than six months after it was granted (%2 at the latest)</source>
        <translation>終了日 %1 が許可日から 6 か月を超えています（最長 %2）</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="49"/>
        <source>the renewal ends on %1, not after the status&apos;s first end %2</source>
        <translation>更新後の終了日 %1 が当初の終了日 %2 より後になっていません</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="54"/>
        <source>the one renewal ends on %1, more than six months after %2 (%3 at the latest)</source>
        <translation>1 回限りの更新の終了日 %1 が %2 から 6 か月を超えています（最長 %3）</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="59"/>
        <source>the school&apos;s letter needs both who issued it and when</source>
        <translation>学校の推薦状には発行者と発行日の両方が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="61"/>
        <source>more than 200 characters</source>
        <translation>200 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="64"/>
        <source>the school&apos;s letter of %1 is dated after the status was granted on %2</source>
        <translation>学校の推薦状の日付 %1 が、許可日 %2 より後です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="104"/>
        <source>purpose: “%1” is not one of %2</source>
        <translation>利用目的: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="106"/>
        <source>method: “%1” is not one of %2</source>
        <translation>取得方法: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="109"/>
        <source>given on: “%1” is not a date</source>
        <translation>同意日: 「%1」は日付ではありません</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="49"/>
        <location filename="../../core/services/privacy.cpp" line="113"/>
        <location filename="../../core/services/privacy.cpp" line="295"/>
        <location filename="../../core/services/privacy.cpp" line="348"/>
        <location filename="../../core/services/privacy.cpp" line="663"/>
        <location filename="../../core/services/relations.cpp" line="355"/>
        <source>there is no student %1</source>
        <translation>留学生 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="115"/>
        <source>%1 has a consent for %2 given on %3 already</source>
        <translation>%1 には %3 付けの %2 の同意がすでにあります</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="117"/>
        <source>%1 has a consent for %2 in force since %3: withdraw it first</source>
        <translation>%1 には %3 から有効な %2 の同意があります。先に撤回してください</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="140"/>
        <source>%1 has no consent for %2 in force on %3</source>
        <translation>%1 には %3 時点で有効な %2 の同意がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="181"/>
        <source>%1:%2: bytes that are neither UTF-8 nor CP932 text</source>
        <translation>%1:%2: UTF-8 でも CP932 でもない文字のバイトが含まれています</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="187"/>
        <source>%1: empty file (the header is %2)</source>
        <translation>%1: ファイルが空です（見出し行は %2）</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="192"/>
        <source>%1:%2: the header must be %3</source>
        <translation>%1:%2: 見出し行は %3 にしてください</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="199"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="202"/>
        <source>%1:%2: %3 fields, the header has 6</source>
        <translation>%1:%2: %3 列ですが、見出し行は 6 列です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="212"/>
        <source>: required</source>
        <translation>: 必須です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="214"/>
        <source>: there is no student %1</source>
        <translation>: 留学生 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="216"/>
        <location filename="../../core/services/privacy.cpp" line="231"/>
        <source>: “%1” is not one of %2</source>
        <translation>: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="220"/>
        <location filename="../../core/services/privacy.cpp" line="225"/>
        <source>: “%1” is not a date</source>
        <translation>: 「%1」は日付ではありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="229"/>
        <source>: %1 is before given_on %2</source>
        <translation>: %1 が given_on %2 より前です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="236"/>
        <source>: the same consent as line %1</source>
        <translation>: %1 行目と同じ同意です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="243"/>
        <source>
nothing was imported</source>
        <translation>
何も取り込んでいません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="330"/>
        <source>kind: “%1” is not one of %2</source>
        <translation>種別: 「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="333"/>
        <source>received: “%1” is not a date</source>
        <translation>受付日: 「%1」は日付ではありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="340"/>
        <source>due: “%1” is not a date</source>
        <translation>期限: 「%1」は日付ではありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="342"/>
        <source>due: %1 is before the day it was received (%2)</source>
        <translation>期限: %1 が受付日（%2）より前です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="365"/>
        <source>there is no request %1</source>
        <translation>請求 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="367"/>
        <source>request %1 was answered on %2 already</source>
        <translation>請求 %1 は %2 にすでに回答済みです</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="369"/>
        <source>request %1 was received on %2, after %3</source>
        <translation>請求 %1 の受付日 %2 が %3 より後です</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="616"/>
        <source>merge: “%1” is neither students nor companies</source>
        <translation>統合: 「%1」は students でも companies でもありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="618"/>
        <source>merge: %1 cannot be merged into itself</source>
        <translation>統合: %1 をそれ自身に統合することはできません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="625"/>
        <source>there is no %1 %2</source>
        <translation>%1 %2 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="625"/>
        <source>student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="625"/>
        <source>company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="627"/>
        <source>%1 is not merged into %2: it is named by history that is never rewritten: %3</source>
        <translation>%1 は %2 に統合できません。書き換えられない履歴で参照されています: %3</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="633"/>
        <source>no references moved</source>
        <translation>移した参照はありません</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="633"/>
        <source>moved: %1</source>
        <translation>移した参照: %1</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="665"/>
        <source>%1 was anonymised already</source>
        <translation>%1 はすでに匿名化されています</translation>
    </message>
    <message>
        <location filename="../../core/services/privacy.cpp" line="688"/>
        <source>%1 is not anonymised: the subsidy ledger needs the student until the end of fiscal year %2 (retention.ledger %3 years from their latest entry)</source>
        <translation>%1 は匿名化できません。補助金台帳は %2 年度末までこの留学生を必要とします（retention.ledger: 最後の記録から %3 年）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="48"/>
        <source>%1 characters is more than the 64 a key may have</source>
        <translation>%1 文字は、キーの上限 64 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="51"/>
        <source>a key may hold no space, control or invisible character</source>
        <translation>キーには空白・制御文字・不可視文字を使えません</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="59"/>
        <source>begins or ends with a space</source>
        <translation>先頭または末尾に空白があります</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="61"/>
        <location filename="../../core/services/relations.cpp" line="59"/>
        <source>%1 characters is more than the %2 allowed</source>
        <translation>%1 文字は、上限の %2 文字を超えています</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="64"/>
        <location filename="../../core/services/relations.cpp" line="63"/>
        <source>holds a control character</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="89"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 が %2 〜 %3 の範囲外です</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="100"/>
        <source>“%1” is not a whole number</source>
        <translation>「%1」は整数ではありません</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="115"/>
        <source>%1 is before the start %2</source>
        <translation>%1 が開始日 %2 より前です</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="86"/>
        <source>“%1” is not a telephone number (digits, +, -, spaces and brackets)</source>
        <translation>「%1」は電話番号ではありません（数字、+、-、空白、括弧）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="234"/>
        <location filename="../../core/services/relations.cpp" line="353"/>
        <source>there is no company %1</source>
        <translation>企業 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="249"/>
        <source>a former contact cannot be the company&apos;s primary contact</source>
        <translation>退職した担当者を企業の主担当者にすることはできません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="336"/>
        <source>“%1” is not a kind of activity (%2)</source>
        <translation>「%1」は活動の種別ではありません（%2）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="342"/>
        <source>there is no contact %1</source>
        <translation>担当者 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="347"/>
        <source>%1 (%2) is a contact of %3, not of %4</source>
        <translation>%1（%2）は %3 の担当者で、%4 の担当者ではありません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="351"/>
        <source>an activity concerns a company, a student or both</source>
        <translation>活動記録は企業・留学生のいずれか、または両方に関するものです</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="361"/>
        <source>%1 (%2) asked not to be contacted</source>
        <translation>%1（%2）は連絡を希望していません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="368"/>
        <source>a date for the next step needs the next step</source>
        <translation>次の対応の期日には次の対応の内容が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="532"/>
        <source>unknown encoding “%1” (auto, utf-8, cp932)</source>
        <translation>不明な文字コード「%1」（auto、utf-8、cp932）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="538"/>
        <source>bytes that are not text in %1</source>
        <translation>%1 の文字として読めないバイトが含まれています</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="544"/>
        <source>the file has no header row</source>
        <translation>ファイルに見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="555"/>
        <source>the column is given twice</source>
        <translation>列が 2 回指定されています</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="560"/>
        <source>the key column is missing</source>
        <translation>キーの列がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="584"/>
        <source>“%1” is not true or false</source>
        <translation>「%1」は true でも false でもありません</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::JapaneseTraining</name>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="377"/>
        <source>unknown encoding “%1” (auto, utf-8, cp932)</source>
        <translation>不明な文字コード「%1」（auto、utf-8、cp932）</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="383"/>
        <source>bytes that are not text in %1</source>
        <translation>%1 として読めないバイトが含まれています</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="389"/>
        <source>the file has no header row</source>
        <translation>ファイルに見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="394"/>
        <source>unknown column (known: %1)</source>
        <translation>不明な列です（使用できる列: %1）</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="398"/>
        <source>the column is given twice</source>
        <translation>列が 2 回指定されています</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="403"/>
        <source>the column is missing</source>
        <translation>列がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="419"/>
        <source>%1 fields where the header has %2</source>
        <translation>この行は %1 列ですが、見出し行は %2 列です</translation>
    </message>
    <message>
        <location filename="../../core/services/japanese_training.cpp" line="456"/>
        <source>%1 is given twice (first on line %2)</source>
        <translation>%1 が重複しています（最初は %2 行目）</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::JobHuntingService</name>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="111"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="117"/>
        <source>%1, line %2: %3</source>
        <translation>%1 の %2 行目: %3</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="119"/>
        <source>%1: no header</source>
        <translation>%1: 見出し行がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="126"/>
        <source>%1, line %2: the header must be %3</source>
        <translation>%1 の %2 行目: 見出し行は %3 にしてください</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="131"/>
        <source>%1, line %2, %3</source>
        <translation>%1 の %2 行目、%3</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="133"/>
        <source>%1: %2 fields, the header has %3</source>
        <translation>%1: %2 列ですが、見出し行は %3 列です</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="134"/>
        <source>%1, line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="142"/>
        <source>%1: a date is required</source>
        <translation>%1: 日付は必須です</translation>
    </message>
    <message>
        <location filename="../../core/services/job_hunting.cpp" line="147"/>
        <source>%1: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>%1: 「%2」は日付ではありません（YYYY-MM-DD）</translation>
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
        <translation>「%1」は文書のひな形ではありません（%2）</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="62"/>
        <source>there is no student %1</source>
        <translation>留学生 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="82"/>
        <source>%1 has not completed the programme (no completed_on)</source>
        <translation>%1 はプログラムを修了していません（completed_on がありません）</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="86"/>
        <source>%1 has no graduation_date: the recommendation for job-hunting status is written for a graduate</source>
        <translation>%1 には graduation_date がありません。特定活動（継続就職活動）の推薦状は卒業生向けです</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="92"/>
        <source>a payment notice needs the month (YYYY-MM)</source>
        <translation>支払通知には対象月（YYYY-MM）が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="95"/>
        <source>the ledger holds no payment to %1 for %2</source>
        <translation>台帳に %2 の %1 への支払がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="100"/>
        <source>an invitation needs the event (--event NO)</source>
        <translation>案内状にはイベント（--event 番号）が必要です</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="103"/>
        <source>there is no event %1</source>
        <translation>イベント %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="124"/>
        <source>Letter “%1” sent (%2)</source>
        <translation>文書「%1」を送付しました（%2）</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="126"/>
        <source>for event %1</source>
        <translation>イベント %1 について</translation>
    </message>
    <message>
        <location filename="../../core/services/letters.cpp" line="128"/>
        <source>for %1, ¥%2</source>
        <translation>%1 分、%2 円</translation>
    </message>
</context>
<context>
    <name>kakehashi::services::Relations</name>
    <message>
        <location filename="../../core/services/relations.cpp" line="274"/>
        <source>contact_no: there is a contact %1 already</source>
        <translation>contact_no: 担当者 %1 はすでに登録されています</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="293"/>
        <source>contact_no: there is no contact %1</source>
        <translation>contact_no: 担当者 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="400"/>
        <source>activity_no: there is an activity %1 already</source>
        <translation>activity_no: 活動記録 %1 はすでに登録されています</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="416"/>
        <source>activity_no: there is no activity %1</source>
        <translation>activity_no: 活動記録 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="419"/>
        <source>%1 may not change activity %2: only its author (%3) or an administrator may</source>
        <translation>%1 は活動記録 %2 を変更できません。変更できるのは作成者（%3）または管理者のみです</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="448"/>
        <source>there is no activity %1</source>
        <translation>活動記録 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="450"/>
        <source>activity %1 has no next step</source>
        <translation>活動記録 %1 には次の対応がありません</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="607"/>
        <location filename="../../core/services/relations.cpp" line="684"/>
        <source>%1 is given twice (first on line %2)</source>
        <translation>%1 が重複しています（最初は %2 行目）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="617"/>
        <location filename="../../core/services/relations.cpp" line="695"/>
        <source>a value is required</source>
        <translation>値は必須です</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="638"/>
        <source>%1 has a primary contact on line %2 already</source>
        <translation>%1 の主担当者はすでに %2 行目にあります</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="718"/>
        <source>%1 may record activities only as themself, not as %2</source>
        <translation>%1 は自分自身としてのみ活動を記録できます（%2 としては記録できません）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="725"/>
        <source>the author of an activity is not changed (%1)</source>
        <translation>活動記録の作成者は変更できません（%1）</translation>
    </message>
    <message>
        <location filename="../../core/services/relations.cpp" line="728"/>
        <source>only its author (%1) or an administrator may change %2</source>
        <translation>%2 を変更できるのは作成者（%1）または管理者のみです</translation>
    </message>
</context>
<context>
    <name>kakehashi::storage</name>
    <message>
        <location filename="../../core/storage/attendance_store.cpp" line="110"/>
        <source>there is no internship %1</source>
        <translation>職場実習 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/storage/attendance_store.cpp" line="114"/>
        <source>%1 is outside the internship&apos;s period %2 … %3</source>
        <translation>%1 は職場実習の期間（%2 〜 %3）外です</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="187"/>
        <source>the audit trail&apos;s seals cannot be read: %1</source>
        <translation>監査ログの封印を読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="200"/>
        <source>audit row %1 was deleted: its seal is there, the row is not</source>
        <translation>監査ログの行 %1 が削除されています。封印は残っていますが、行がありません</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="229"/>
        <source>audit row %1 does not follow the row before it: a row before it was removed or inserted</source>
        <translation>監査ログの行 %1 が直前の行とつながっていません。それより前の行が削除または挿入されています</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="232"/>
        <source>audit row %1 was changed after it was written (its seal does not match)</source>
        <translation>監査ログの行 %1 は書き込み後に変更されています（封印が一致しません）</translation>
    </message>
    <message>
        <location filename="../../core/storage/audit_chain.cpp" line="238"/>
        <source>%1 audit row(s) from row %2 on have no seal: they were added outside Kakehashi</source>
        <translation>行 %2 以降の監査ログ %1 行に封印がありません。架け橋の外で追加されています</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="116"/>
        <source>no file name given for the output</source>
        <translation>出力先のファイル名が指定されていません</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="135"/>
        <source>%1 is the open database%2: an output never overwrites it; choose another file</source>
        <translation>%1 は開いているデータベースです%2。出力で上書きすることはできません。別のファイルを選んでください</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="137"/>
        <source> (its file %1)</source>
        <translation>（ファイル %1）</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="140"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../../core/storage/compliance_store.cpp" line="217"/>
        <source>the database holds no employed placement with number “%1”</source>
        <translation>就職・進路番号「%1」の就職の記録はデータベースに登録されていません</translation>
    </message>
    <message>
        <location filename="../../core/storage/compliance_store.cpp" line="254"/>
        <location filename="../../core/storage/job_hunting_store.cpp" line="77"/>
        <source>the database holds no student with number “%1”</source>
        <translation>学籍番号「%1」の留学生はデータベースに登録されていません</translation>
    </message>
</context>
<context>
    <name>kakehashi::storage::OutputFile</name>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="149"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 に書き込めません: フォルダー %2 がありません</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="154"/>
        <location filename="../../core/storage/output_file.cpp" line="177"/>
        <location filename="../../core/storage/output_file.cpp" line="193"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../../core/storage/output_file.cpp" line="198"/>
        <source>cannot move the new file into place at %1: %2</source>
        <translation>新しいファイルを %1 に配置できません: %2</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui</name>
    <message>
        <location filename="../../ui/printing.cpp" line="27"/>
        <source>Not printed</source>
        <translation>印刷できません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::About</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.cpp" line="16"/>
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;&lt;p&gt;Version %1&lt;br&gt;Commit %2&lt;/p&gt;&lt;p&gt;Database: %3&lt;br&gt;Schema version %4 (the newest this program knows: %5)&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;産学連携コンソーシアムのための、留学生とその職場実習・出欠・就職の記録。&lt;/p&gt;&lt;p&gt;バージョン %1&lt;br&gt;コミット %2&lt;/p&gt;&lt;p&gt;データベース: %3&lt;br&gt;スキーマバージョン %4（このプログラムが対応する最新: %5）&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.cpp" line="32"/>
        <source>About Kakehashi</source>
        <translation>架け橋について</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AdvisorView</name>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="60"/>
        <source>Student number, then Enter</source>
        <translation>学籍番号を入力して Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="61"/>
        <source>Holds the 専門士 title</source>
        <translation>専門士の称号あり</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="63"/>
        <source>Student:</source>
        <translation>留学生:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="70"/>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="72"/>
        <source>This is advice, not a decision: the Immigration Services Agency decides. The rules are data an administrator keeps up to date (kakehashi-cli advisor rules).</source>
        <translation>これは助言であり判断ではありません。在留資格の判断は出入国在留管理庁が行います。規則は管理者が更新するデータです（kakehashi-cli advisor rules）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="77"/>
        <source>Students at risk of no work status after graduating:</source>
        <translation>卒業後の就労資格に課題のある留学生:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>Student no.</source>
        <translation>学籍番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="78"/>
        <source>Field</source>
        <translation>分野</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="81"/>
        <source>Work-visa advisor</source>
        <translation>就労資格アドバイザー</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="91"/>
        <source>Not saved</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="111"/>
        <source>Record &amp;introduction</source>
        <translation>紹介を記録(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="112"/>
        <location filename="../../ui/views/advisor_view.cpp" line="149"/>
        <source>Records a counselling event (STEP 2) with the company and the selected student</source>
        <translation>企業と選んだ留学生を参加者とする個別相談（STEP 2）を記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="113"/>
        <source>Company:</source>
        <translation>企業:</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="117"/>
        <source>JLPT</source>
        <translation>日本語能力試験</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="118"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="118"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="124"/>
        <source>Matching (STEP 2)</source>
        <translation>マッチング（STEP 2）</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="160"/>
        <source>No student with number “%1”.</source>
        <translation>学籍番号「%1」の留学生はいません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="165"/>
        <source>%1 %2 · %3 · field “%4” (pattern %5) · JLPT %6</source>
        <translation>%1 %2 ・ %3 ・ 分野「%4」（パターン %5） ・ 日本語能力試験 %6</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="176"/>
        <source>candidate</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="176"/>
        <source>warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="176"/>
        <source>barrier</source>
        <translation>障害</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/advisor_view.cpp" line="203"/>
        <source>%n student(s) from the company&apos;s overseas markets, not yet employed</source>
        <translation>
            <numerusform>海外展開先の国・地域出身で未就職の留学生 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="213"/>
        <source>Record introduction</source>
        <translation>紹介の記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="213"/>
        <source>Choose a student in the list first.</source>
        <translation>先に一覧から留学生を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="219"/>
        <source>Introduction recorded as event %1.</source>
        <translation>紹介をイベント %1 として記録しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/advisor_view.cpp" line="222"/>
        <source>Not recorded</source>
        <translation>記録できません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AttendanceView</name>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="78"/>
        <source>&amp;Internship:</source>
        <translation>職場実習(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="80"/>
        <source>&amp;Month:</source>
        <translation>月(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="104"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Select days and type P (present), A (absent), L (leave) or Delete</source>
        <translation type="vanished">日を選んで P（出席）・A（欠席）・L（休暇）または Delete を押してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="162"/>
        <source>&amp;Fill working days as present</source>
        <translation>勤務日をすべて出席にする(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="163"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="165"/>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="173"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="175"/>
        <source>&amp;Hours per present day:</source>
        <translation>出席1日の時間(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="372"/>
        <source>No internship chosen.</source>
        <translation>職場実習が選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="373"/>
        <source>%1 at %2, %3 … %4 (%5)</source>
        <translation>%1 ・ %2、%3 〜 %4（%5）</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="377"/>
        <source>This month is posted to the subsidy ledger (entry %1). Its attendance cannot change until an administrator reverses that payment.</source>
        <translation>この月は補助金台帳に計上済みです（番号 %1）。管理者がその支払を取り消すまで、出欠は変更できません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="422"/>
        <source>P</source>
        <translation>出</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="422"/>
        <source>A</source>
        <translation>欠</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="423"/>
        <source>L</source>
        <translation>休</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="148"/>
        <location filename="../../ui/views/attendance_view.cpp" line="342"/>
        <location filename="../../ui/views/attendance_view.cpp" line="435"/>
        <source>Outside the internship</source>
        <translation>実習期間外</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="69"/>
        <source>Previous month (Alt+Left)</source>
        <translation>前の月 (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="74"/>
        <source>Next month (Alt+Right)</source>
        <translation>次の月 (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="115"/>
        <source>Click a day to change it; select days and type P (present), A (absent), L (leave) or Delete; right click for a menu</source>
        <translation>日をクリックすると出欠が切り替わります。日を選んで P（出席）・A（欠席）・L（休暇）・Delete でも入力できます。右クリックでメニューを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="144"/>
        <source>P present</source>
        <translation>出 出席</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="145"/>
        <source>A absent</source>
        <translation>欠 欠席</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="146"/>
        <source>L leave</source>
        <translation>休 休暇</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="147"/>
        <source>Weekend or holiday</source>
        <translation>土日・祝日</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="149"/>
        <location filename="../../ui/views/attendance_view.cpp" line="439"/>
        <source>Planned (after today)</source>
        <translation>予定（明日以降）</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="258"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="259"/>
        <source>Save the attendance of %1 for %2?</source>
        <translation>%1 の %2 の出欠を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="260"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="263"/>
        <source>The days you marked are lost if you do not save them.</source>
        <translation>保存しないと、入力した出欠は失われます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="266"/>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="336"/>
        <source>&amp;Present</source>
        <translation>出席(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="337"/>
        <source>&amp;Absent</source>
        <translation>欠席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="338"/>
        <source>&amp;Leave</source>
        <translation>休暇(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="340"/>
        <source>&amp;Clear</source>
        <translation>消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="519"/>
        <source>Work-hour limit: %1 h in the 7 days %2 … %3, over the %4 h a week of the student&apos;s status of residence</source>
        <translation>就労時間の上限: %2 〜 %3 の 7 日間で %1 時間。在留資格による週 %4 時間を超えています</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="523"/>
        <source>Work-hour limit: %1 h on %2, a day of the school&apos;s long vacation (at most %3 h a day)</source>
        <translation>就労時間の上限: 学校の長期休業中の %2 に %1 時間（1 日 %3 時間まで）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/attendance_view.cpp" line="527"/>
        <source>(%n breach(es) in all)</source>
        <translation>
            <numerusform>（違反 計 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="555"/>
        <source>Present: %1 day(s) · subsidy ¥%2</source>
        <translation>出席 %1 日 ・ 補助金 %2 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="556"/>
        <source>Present: %1 day(s) · no subsidy: %2</source>
        <translation>出席 %1 日 ・ 補助対象外: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/attendance_view.cpp" line="596"/>
        <source>Attendance not saved</source>
        <translation>出欠を保存できません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::AuditView</name>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="44"/>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="45"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="46"/>
        <source>imported</source>
        <translation>取込</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="47"/>
        <source>archived</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="48"/>
        <source>restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="49"/>
        <source>logged in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="50"/>
        <source>login failed</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="51"/>
        <source>locked out</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="52"/>
        <source>role changed</source>
        <translation>権限変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="53"/>
        <source>disabled</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="54"/>
        <source>password changed</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="55"/>
        <source>exported</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="56"/>
        <source>posted</source>
        <translation>計上</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="57"/>
        <source>reversed</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="69"/>
        <location filename="../../ui/views/audit_view.cpp" line="132"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="91"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="93"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="107"/>
        <source>Dates:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="111"/>
        <source>everyone</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="114"/>
        <location filename="../../ui/views/audit_view.cpp" line="127"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="121"/>
        <source>Action:</source>
        <translation>操作:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="123"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="135"/>
        <source>a record&apos;s key, exactly (e.g. ST0001)</source>
        <translation>レコードのキー（完全一致、例: ST0001）</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="139"/>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="141"/>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="150"/>
        <source>At</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="151"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="152"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="153"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="154"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="155"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="156"/>
        <source>Old value</source>
        <translation>変更前の値</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="157"/>
        <source>New value</source>
        <translation>変更後の値</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="178"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="178"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="205"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV 出力(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="206"/>
        <source>Export &amp;XLSX…</source>
        <translation>Excel 出力(&amp;X)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit_view.cpp" line="325"/>
        <source>%n row(s) of the newest %1 of %2 entries; narrow the filters to see older ones (an export has them all)</source>
        <translation>
            <numerusform>全 %2 件のうち新しい %1 件（%n 行）を表示しています。古いものは条件を絞って表示してください（出力にはすべて含まれます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit_view.cpp" line="330"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="352"/>
        <source>Not exported: %1</source>
        <translation>書き出せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit_view.cpp" line="356"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n 件を %1 に出力しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.cpp" line="362"/>
        <source>Export the audit trail</source>
        <translation>監査ログの出力</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistCheckDialog</name>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="285"/>
        <source>Record a check of internship %1</source>
        <translation>職場実習 %1 の確認を記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="290"/>
        <source>&amp;Item</source>
        <translation>項目(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="295"/>
        <source>Verified &amp;on</source>
        <translation>確認日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="299"/>
        <source>&amp;Permission</source>
        <translation>許可(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="304"/>
        <source>Permission &amp;date</source>
        <translation>許可日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="307"/>
        <source>Permission &amp;number</source>
        <translation>許可番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="310"/>
        <source>the scanned PDF or image</source>
        <translation>スキャンした PDF または画像</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="311"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="314"/>
        <source>&amp;Document</source>
        <translation>書類(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="316"/>
        <source>N&amp;ote</source>
        <translation>備考(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="322"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="330"/>
        <source>Scanned document</source>
        <translation>スキャンした書類</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="331"/>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp)</source>
        <translation>PDF または画像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="356"/>
        <source>An individual permission needs its number.</source>
        <translation>個別許可には許可番号が必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="358"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="360"/>
        <source>Without a document the item stays missing (a document already attached is kept).</source>
        <translation>書類を添付しないと、この項目は不足のままです（添付済みの書類はそのまま残ります）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="363"/>
        <source>Without a document</source>
        <translation>書類なし</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistMissingList</name>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="19"/>
        <source>residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="21"/>
        <source>work permission</source>
        <translation>資格外活動許可</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="23"/>
        <source>agreement</source>
        <translation>契約書</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="25"/>
        <source>insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="37"/>
        <source>Student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="38"/>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="39"/>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="40"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="41"/>
        <source>Missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="42"/>
        <source>Override</source>
        <translation>例外承認</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="50"/>
        <source>Double-click or Enter opens the internship</source>
        <translation>ダブルクリックまたは Enter で職場実習を開きます</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="72"/>
        <source>active</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="72"/>
        <source>planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="73"/>
        <source>overridden</source>
        <translation>例外承認済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="78"/>
        <source>Internships whose checklist lacks items — they cannot be set active (%1)</source>
        <translation>チェックリストに不足がある職場実習 — 実施中にできません (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_missing_list.cpp" line="79"/>
        <source>Internships whose checklist lacks items (%1)</source>
        <translation>チェックリストに不足がある職場実習 (%1)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistOverrideDialog</name>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="390"/>
        <source>Override the checklist of internship %1</source>
        <translation>職場実習 %1 のチェックリストを例外承認</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="392"/>
        <source>Internship %1 will be set active although these items are missing:
%2

The reason is kept in the audit trail with your name.</source>
        <translation>職場実習 %1 を、次の項目が不足したまま実施中にします:
%2

理由はあなたの名前とともに監査ログに残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="398"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必須）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="406"/>
        <source>Override and set active</source>
        <translation>例外承認して実施中にする</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ChecklistPanel</name>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="36"/>
        <source>Residence card copy seen</source>
        <translation>在留カードの写しの確認</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="38"/>
        <source>Work permission (資格外活動許可)</source>
        <translation>資格外活動許可</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="40"/>
        <source>Internship agreement signed by the company</source>
        <translation>企業の署名済みインターンシップ契約書</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="42"/>
        <source>Insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="50"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="52"/>
        <source>general (up to 28 hours a week)</source>
        <translation>包括許可（週 28 時間以内）</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="54"/>
        <source>individual</source>
        <translation>個別許可</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="82"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="83"/>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="84"/>
        <source>Verified on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="85"/>
        <source>Verified by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="86"/>
        <source>Permission</source>
        <translation>許可</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="87"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="88"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="100"/>
        <source>&amp;Record a check…</source>
        <translation>確認を記録(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="102"/>
        <source>&amp;View document</source>
        <translation>書類を表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="104"/>
        <source>Opens the selected item&apos;s scanned document (the viewing is audited)</source>
        <translation>選んだ項目のスキャン書類を開きます（閲覧は監査ログに記録されます）</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="105"/>
        <source>&amp;Override and set active…</source>
        <translation>例外承認して実施中にする(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="123"/>
        <source>Record that you verified an item today or earlier, with its scanned document</source>
        <translation>本日以前に確認した項目を、スキャンした書類とともに記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="151"/>
        <source> — no. %1 of %2</source>
        <translation> — 番号 %1（%2 付）</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="152"/>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="152"/>
        <source>done</source>
        <translation>済</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="165"/>
        <source>Checklist complete.</source>
        <translation>チェックリストはすべてそろっています。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="169"/>
        <source>Missing: %1. Overridden by %2 at %3: %4</source>
        <translation>不足: %1。%3 に %2 が例外承認: %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="173"/>
        <source>Missing: %1. This internship cannot be set active until they are recorded, or an administrator overrides with a reason.</source>
        <translation>不足: %1。これらを記録するか、管理者が理由を付けて例外承認するまで、この職場実習は実施中にできません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="178"/>
        <source>Warning — missing: %1.</source>
        <translation>注意 — 不足: %1。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="182"/>
        <source>Residence card: %1</source>
        <translation>在留カード: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="188"/>
        <source>Set the internship active although items are missing; the reason is kept in the audit trail</source>
        <translation>項目が不足したまま職場実習を実施中にします。理由は監査ログに残ります</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="219"/>
        <source>Choose an item first.</source>
        <translation>先に項目を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="225"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="242"/>
        <location filename="../../ui/views/checklist_panel.cpp" line="252"/>
        <source>Not recorded</source>
        <translation>記録できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="243"/>
        <source>%1: cannot read it, or it is larger than 20 MB</source>
        <translation>%1: 読み込めないか、20 MB を超えています</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="267"/>
        <source>Not overridden</source>
        <translation>例外承認できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/checklist_panel.cpp" line="276"/>
        <source>No document</source>
        <translation>書類がありません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ClaimsView</name>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="47"/>
        <source>&amp;Month:</source>
        <translation>月(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="49"/>
        <source>&amp;Post this month to the ledger…</source>
        <translation>この月を台帳に計上(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="50"/>
        <location filename="../../ui/views/claims_view.cpp" line="154"/>
        <source>Adds a payment for every eligible claim not yet posted (administrators)</source>
        <translation>未計上の補助対象の請求をすべて支払として計上します（管理者）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="55"/>
        <source>Bank &amp;transfer file…</source>
        <translation>総合振込ファイル(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="57"/>
        <location filename="../../ui/views/claims_view.cpp" line="157"/>
        <source>The 全銀協 総合振込 file of the month&apos;s payments, for online banking (administrators)</source>
        <translation>この月の支払の全銀協 総合振込ファイル（インターネットバンキング用。管理者）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="72"/>
        <source>P&amp;repare</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="73"/>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="74"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="75"/>
        <source>Re&amp;ject…</source>
        <translation>差戻し(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="85"/>
        <source>Reject the month</source>
        <translation>この月の差戻し</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="86"/>
        <source>Why is %1 sent back to be prepared again?</source>
        <translation>%1 を差し戻して作成し直す理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="93"/>
        <source>Not done</source>
        <translation>実行できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="96"/>
        <source>Done, with warnings</source>
        <translation>完了（注意あり）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="110"/>
        <source>Internship</source>
        <translation>実習番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="111"/>
        <source>Student no.</source>
        <translation>学籍番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="112"/>
        <source>Counterparty</source>
        <translation>支払先</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="113"/>
        <source>Present days</source>
        <translation>出席日数</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="114"/>
        <source>Daily rate (¥)</source>
        <translation>日額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="115"/>
        <source>Amount (¥)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="116"/>
        <source>Eligible</source>
        <translation>補助対象</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="117"/>
        <source>Posted (¥)</source>
        <translation>計上済（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="118"/>
        <source>Difference (¥)</source>
        <translation>差額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="119"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="193"/>
        <location filename="../../ui/views/claims_view.cpp" line="430"/>
        <source>yes</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="193"/>
        <location filename="../../ui/views/claims_view.cpp" line="202"/>
        <source>no</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="202"/>
        <source>no present day any more</source>
        <translation>出席日がなくなりました</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="218"/>
        <source>FY%1: no budget set · paid ¥%2</source>
        <translation>%1 年度: 予算未設定 ・ 支払済 %2 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="219"/>
        <source>FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4</source>
        <translation>%1 年度 予算 %2 円 ・ 支払済 %3 円 ・ 残額 %4 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="233"/>
        <source>FY%1: paid by month against the budget</source>
        <translation>%1 年度: 月別の支払額と予算</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="234"/>
        <source>Paid in the month</source>
        <translation>月の支払額</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="236"/>
        <source>Paid in the year</source>
        <translation>年度の支払累計</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="238"/>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="285"/>
        <source>prepared</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="287"/>
        <source>checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="289"/>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="291"/>
        <source>rejected</source>
        <translation>差戻し</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="293"/>
        <source>posted</source>
        <translation>計上済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="294"/>
        <source>open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="304"/>
        <source>Approval: %1 is open: its claims are to be prepared, checked and approved before posting</source>
        <translation>承認: %1 は未着手です。計上の前に請求の作成・確認・承認が必要です</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="307"/>
        <source>Approval is off: posting does not wait for it</source>
        <translation>承認: オフ（承認を待たずに計上できます）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="310"/>
        <source>Approval: %1 is %2 (last step by %3 at %4)</source>
        <translation>承認: %1 は %2 です（最終操作: %3、%4）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="312"/>
        <source>— reason: %1</source>
        <translation>— 理由: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="314"/>
        <source>(approval is off: posting does not wait for it)</source>
        <translation>（承認はオフです。承認を待たずに計上できます）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="349"/>
        <source>Bank transfer file of %1</source>
        <translation>%1 の総合振込ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="354"/>
        <source>Transfer date:</source>
        <translation>振込指定日:</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="361"/>
        <source>Bank transfer file</source>
        <translation>総合振込ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="369"/>
        <source>Transfer again?</source>
        <translation>再度振り込みますか？</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="371"/>
        <source>Make the file anyway? Pay these entries a second time only when the bank did not take the earlier file.</source>
        <translation>それでもファイルを作成しますか？ これらの行を二重に支払うのは、以前のファイルを銀行が受け付けなかった場合だけにしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="375"/>
        <source>No transfer file written</source>
        <translation>振込ファイルを作成できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="378"/>
        <source>Transfer file written</source>
        <translation>振込ファイルを作成しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="379"/>
        <source>%1 was written.</source>
        <translation>%1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="404"/>
        <source>%1 claim(s): ¥%2 due · ¥%3 posted · difference ¥%4</source>
        <translation>請求 %1 件: 請求額 %2 円 ・ 計上済 %3 円 ・ 差額 %4 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="415"/>
        <source>%1 entries, ¥%2 (of them %3: %4 entries, ¥%5)</source>
        <translation>%1 件、%2 円（うち %3: %4 件、%5 円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="439"/>
        <source>Post the unpaid claims of %1 to the subsidy ledger?</source>
        <translation>%1 の未払の請求を補助金台帳に計上しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="440"/>
        <source>The ledger now: %1</source>
        <translation>現在の台帳: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="441"/>
        <source>To post: %1 claim(s), ¥%2</source>
        <translation>計上する請求: %1 件、%2 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="442"/>
        <source>Entries cannot be changed afterwards; a correction is a reversal.</source>
        <translation>計上した行は後から変更できません。訂正は取消として記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="447"/>
        <source>Post to the ledger</source>
        <translation>台帳への計上</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="459"/>
        <source>%1: %2 payment(s) posted, ¥%3</source>
        <translation>%1: 支払 %2 件（%3 円）を計上しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="461"/>
        <source>Ledger before: %1</source>
        <translation>計上前の台帳: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="462"/>
        <source>Ledger after: %1</source>
        <translation>計上後の台帳: %1</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="468"/>
        <source>Posted</source>
        <translation>計上完了</translation>
    </message>
    <message>
        <source>Post the unpaid claims of %1 to the subsidy ledger? Entries cannot be changed afterwards; a correction is a reversal.</source>
        <translation type="vanished">%1 の未計上の請求を補助金台帳に計上しますか？ 計上した行は後から変更できません。訂正は取消として記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/claims_view.cpp" line="471"/>
        <source>Not posted</source>
        <translation>計上できません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::CompletionDialog</name>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="28"/>
        <source>Completion report (実績報告)</source>
        <translation>実績報告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="30"/>
        <source>The fiscal year&apos;s internships with the days and subsidy the ledger paid (net of reversals), the budget, the register of payments and an index of the signed timesheets with their SHA-256, for the fund.</source>
        <translation>基金向けに、年度の職場実習と台帳上の支払日数・補助金額（取消を差し引いた額）、予算、支払の一覧、署名済み出勤簿の索引（SHA-256 付き）をまとめます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="44"/>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="51"/>
        <source>Save as &amp;PDF…</source>
        <translation>PDF で保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="51"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Excel で保存(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="52"/>
        <source>Save as &amp;CSV…</source>
        <translation>CSV で保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="82"/>
        <source>FY%1: %2 internship(s), %3 day(s), ¥%4 paid (ledger, net of reversals)</source>
        <translation>%1 年度: 職場実習 %2 件、%3 日、支払 %4 円（台帳上、取消差引後）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="105"/>
        <source>Completion report</source>
        <translation>実績報告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/completion_dialog.cpp" line="111"/>
        <source>Not saved</source>
        <translation>保存できません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ComplianceView</name>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="46"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="48"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="50"/>
        <source>Breaches of the work-hour limit (28 hours in any 7 days; 8 hours a day in the school&apos;s long vacations)</source>
        <translation>就労時間の上限の違反（任意の 7 日間で 28 時間、学校の長期休業中は 1 日 8 時間）</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="62"/>
        <source>Student no.</source>
        <translation>学籍番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="63"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="64"/>
        <source>Internships</source>
        <translation>職場実習</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="65"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="66"/>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="67"/>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="68"/>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="104"/>
        <source>7 days %1 … %2</source>
        <translation>7 日間 %1 〜 %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="106"/>
        <source>a vacation day</source>
        <translation>長期休業日</translation>
    </message>
    <message>
        <location filename="../../ui/views/compliance_view.cpp" line="119"/>
        <source>%1 breach(es), %2 student(s)</source>
        <translation>違反 %1 件、留学生 %2 人</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="19"/>
        <source>Connect to a server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="21"/>
        <source>A database on a PostgreSQL server, shared by several desks. Your login is the server&apos;s; an administrator creates it with “user add”.</source>
        <translation>PostgreSQL サーバー上のデータベースを複数の端末で共有します。ログインにはサーバーのアカウントを使います。アカウントは管理者が「user add」で作成します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="29"/>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org、または /var/run/postgresql などのソケットフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="40"/>
        <source>disable (no TLS)</source>
        <translation>disable（TLS なし）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="40"/>
        <source>prefer (TLS when the server offers it)</source>
        <translation>prefer（サーバーが対応していれば TLS）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="41"/>
        <source>require (always TLS)</source>
        <translation>require（常に TLS）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="41"/>
        <source>verify-full (TLS, the server&apos;s certificate checked)</source>
        <translation>verify-full（TLS、サーバー証明書を検証）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="49"/>
        <source>&amp;Server (host or socket folder):</source>
        <translation>サーバー（ホストまたはソケットフォルダー）(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="50"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="51"/>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="52"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="53"/>
        <source>&amp;TLS:</source>
        <translation>TLS(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="54"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="56"/>
        <source>The password is asked each time and never stored.</source>
        <translation>パスワードは毎回入力します。保存されることはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="67"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="128"/>
        <source>The server cannot be reached. Check the server&apos;s name (or socket folder) and port, and that the server is running and this computer may reach it.
(%1)</source>
        <translation>サーバーに接続できません。サーバー名（またはソケットフォルダー）とポートが正しいこと、サーバーが起動していること、このコンピューターからサーバーに接続できることを確認してください。
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="132"/>
        <source>The server refused the login: a wrong user name or password, or this user may not log in to this database. Type the password again, or ask your administrator.
(%1)</source>
        <translation>サーバーがログインを拒否しました。ユーザー名またはパスワードが正しくないか、このユーザーにはこのデータベースへのログインが許可されていません。パスワードをもう一度入力するか、管理者にお問い合わせください。
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="136"/>
        <source>The server has no database of that name. Check the database&apos;s name.
(%1)</source>
        <translation>サーバーにその名前のデータベースがありません。データベース名を確認してください。
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="138"/>
        <source>You are logged in to the server, but you have no Kakehashi role there (staff, administrator or auditor). An administrator gives you one with “kakehashi-cli user add” or “user role”.
(%1)</source>
        <translation>サーバーにはログインできましたが、架け橋の役割（職員・管理者・監査担当者）が付与されていません。管理者が「kakehashi-cli user add」または「user role」で付与します。
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="142"/>
        <source>This database is not a Kakehashi database yet. Nothing was changed. The database&apos;s owner prepares it once with “kakehashi-cli --db URI init”; then connect again.</source>
        <translation>このデータベースはまだ架け橋用に準備されていません。何も変更していません。データベースの所有者が「kakehashi-cli --db URI init」で一度準備してから、もう一度接続してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="145"/>
        <source>This database was made by an older version of Kakehashi and must be upgraded by its owner: the owner connects once (or runs any kakehashi-cli command on it); then connect again.
(%1)</source>
        <translation>このデータベースは古いバージョンの架け橋で作成されているため、所有者によるアップグレードが必要です。所有者が一度接続する（または kakehashi-cli のコマンドを実行する）と更新されますので、その後もう一度接続してください。
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="149"/>
        <source>This database was written by a newer version of Kakehashi. Update Kakehashi on this computer.
(%1)</source>
        <translation>このデータベースは新しいバージョンの架け橋で書き込まれています。このコンピューターの架け橋を更新してください。
(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.cpp" line="154"/>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DashboardView</name>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="37"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="118"/>
        <source>Interns active today
%1</source>
        <translation>本日実習中の留学生
%1 人</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="119"/>
        <source>Claims this month
¥%1 due · ¥%2 posted</source>
        <translation>今月の補助金請求
請求額 %1 円 ・ 計上済 %2 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="122"/>
        <source>Placement rate %1 so far
%2</source>
        <translation>%1 の就職率（現時点）
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="124"/>
        <source>no outcome yet</source>
        <translation>進路の記録なし</translation>
    </message>
    <message>
        <source>Residence cards expiring within %1 days
%2</source>
        <translation type="vanished">%1 日以内に在留期限を迎える留学生
%2 人</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="130"/>
        <source>Completers with no outcome after %1 days
%2</source>
        <translation>修了後 %1 日を過ぎて進路未登録
%2 人</translation>
    </message>
    <message>
        <source>Students over the 28-hour work limit this week
%1</source>
        <translation type="vanished">今週 28 時間の就労上限を超えた留学生
%1 人</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="127"/>
        <source>Residence cards expiring within %1 days or before the internship ends
%2</source>
        <translation>%1 日以内または実習終了前に期限を迎える在留カード
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="136"/>
        <source>Students near (%1 h) or over the 28-hour limit this week
%2 over · %3 near</source>
        <translation>今週 28 時間の上限に近い（%1 時間）または超えた留学生
超過 %2 人 ・ 接近 %3 人</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="145"/>
        <source>Foreign-worker notifications due within %1 days or overdue
%2</source>
        <translation>%1 日以内に期限を迎える、または期限を過ぎた外国人雇用状況届出
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="149"/>
        <source>Job-hunting status ending within %1 days, no placement
%2</source>
        <translation>特定活動（継続就職活動）の期限まで %1 日以内・就職先未定
%2 人</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="160"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="162"/>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="164"/>
        <source>Present days</source>
        <translation>出席日数</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="166"/>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="168"/>
        <source>Posted (yen)</source>
        <translation>計上済み（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="170"/>
        <source>Eligible</source>
        <translation>補助対象</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="172"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="174"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="176"/>
        <source>Employer</source>
        <translation>就職先</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="178"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="180"/>
        <source>Most hours in 7 days</source>
        <translation>7 日間の最大時間</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="182"/>
        <source>Those 7 days</source>
        <translation>該当の 7 日間</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="184"/>
        <source>Internship ends</source>
        <translation>実習終了日</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="186"/>
        <source>Status ends</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="188"/>
        <source>School&apos;s letter from</source>
        <translation>学校推薦状の日付</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="203"/>
        <source>Interns active today</source>
        <translation>本日実習中の留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="208"/>
        <source>Claims this month</source>
        <translation>今月の補助金請求</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="213"/>
        <source>Residence cards expiring within 60 days or before the internship ends</source>
        <translation>60 日以内または実習終了前に期限を迎える在留カード</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="223"/>
        <source>Students near or over the work-hour limit this week</source>
        <translation>今週、就労時間の上限に近いまたは超えた留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="228"/>
        <source>Foreign-worker notifications due within 14 days or overdue</source>
        <translation>14 日以内に期限を迎える、または期限を過ぎた外国人雇用状況届出</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="238"/>
        <source>Graduates whose job-hunting status ends within %1 days, not placed</source>
        <translation>特定活動（継続就職活動）の期限まで %1 日以内で、就職先が未定の卒業生</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="289"/>
        <source>expires before the internship ends</source>
        <translation>実習終了前に期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="290"/>
        <source>expires within 60 days</source>
        <translation>60 日以内に期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="294"/>
        <source>over the limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="295"/>
        <source>near the limit</source>
        <translation>上限間近</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="296"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="297"/>
        <source>due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="321"/>
        <source>Double-click or Enter opens the record</source>
        <translation>ダブルクリックまたは Enter で記録を開きます</translation>
    </message>
    <message>
        <source>Residence cards expiring soon</source>
        <translation type="vanished">在留期限が近い留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="218"/>
        <source>Completers with no outcome recorded</source>
        <translation>進路未登録の修了者</translation>
    </message>
    <message>
        <source>Students over the work-hour limit this week</source>
        <translation type="vanished">今週、就労時間の上限を超えた留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="285"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/views/dashboard_view.cpp" line="285"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DatabaseLock</name>
    <message>
        <location filename="../../ui/database_lock.cpp" line="80"/>
        <source>This database is open in another window (%1, %2).</source>
        <translation>このデータベースは別のウィンドウで開かれています（%1、%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="81"/>
        <source>unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="94"/>
        <source>Database already open</source>
        <translation>データベースは使用中です</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="97"/>
        <source>Two windows saving the same records overwrite each other&apos;s work: open it only to read, or when you know the other window was closed.
%1</source>
        <translation>2 つのウィンドウで同じ記録を保存すると、互いの作業を上書きしてしまいます。閲覧のみの場合か、もう一方のウィンドウが閉じられていることが確かな場合にだけ開いてください。
%1</translation>
    </message>
    <message>
        <location filename="../../ui/database_lock.cpp" line="100"/>
        <source>Open &amp;anyway</source>
        <translation>このまま開く(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::DuplicateNotice</name>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="35"/>
        <source>the same birth date and name</source>
        <translation>生年月日と氏名が同じ</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="36"/>
        <source>the same email</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="37"/>
        <source>the same residence card number</source>
        <translation>在留カード番号が同じ</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="38"/>
        <source>the same corporate number</source>
        <translation>法人番号が同じ</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="39"/>
        <source>the same name</source>
        <translation>名前が同じ</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="41"/>
        <source>%1 %2 has %3.</source>
        <translation>%1 %2: %3です。</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="48"/>
        <source>Possibly the same %1 as a stored record — check before saving (saving is still allowed):</source>
        <translation>登録済みの%1と同一の可能性があります。保存する前に確認してください（このまま保存することもできます）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="49"/>
        <source>student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicate_notice.cpp" line="49"/>
        <source>company</source>
        <translation>企業</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::EvidencePanel</name>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="35"/>
        <source>Print &amp;sheet…</source>
        <translation>出勤簿を印刷(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="37"/>
        <source>The month&apos;s attendance sheet (出勤簿) as a PDF, for the company to sign</source>
        <translation>企業の署名用に、この月の出勤簿を PDF で作成します</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="38"/>
        <source>Atta&amp;ch signed sheet…</source>
        <translation>署名済み出勤簿を添付(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="40"/>
        <source>&amp;View signed sheet</source>
        <translation>署名済み出勤簿を表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="46"/>
        <source>Internship</source>
        <translation>実習番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="47"/>
        <source>Counterparty</source>
        <translation>支払先</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="48"/>
        <source>Signed timesheet</source>
        <translation>署名済み出勤簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="49"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="50"/>
        <source>Added by</source>
        <translation>追加者</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="51"/>
        <source>Added at</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="52"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="71"/>
        <source>Attach the scanned signed sheet (PDF or image, up to 20 MB) to the selected claim</source>
        <translation>選んだ請求に、署名済み出勤簿のスキャン（PDF または画像、20 MB まで）を添付します</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="88"/>
        <source>attached (version %1)</source>
        <translation>添付済み（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="88"/>
        <source>attached</source>
        <translation>添付済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="92"/>
        <source>missing</source>
        <translation>未添付</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="104"/>
        <source>Signed timesheets: no claim in %1</source>
        <translation>署名済み出勤簿: %1 の請求はありません</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="105"/>
        <source>Signed timesheets of %1: %2 of %3 claim(s) attached, %4 missing</source>
        <translation>%1 の署名済み出勤簿: 請求 %3 件中 %2 件が添付済み、%4 件が未添付</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="144"/>
        <source>“%1” is not a month</source>
        <translation>「%1」は正しい年月ではありません</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="172"/>
        <source>Signed timesheet of %1 for %2</source>
        <translation>%1 の %2 の署名済み出勤簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="173"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>スキャン (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="178"/>
        <source>Replace the signed timesheet?</source>
        <translation>署名済み出勤簿を差し替えますか？</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="179"/>
        <source>%1 has a signed timesheet for %2 already (%3, added by %4 at %5). Attach the new one as version %6? The old one is kept.</source>
        <translation>%1 には %2 の署名済み出勤簿がすでにあります（%3、%5 に %4 が追加）。新しいものを第 %6 版として添付しますか？ 以前のものも保管されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="188"/>
        <source>Not attached</source>
        <translation>添付できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="196"/>
        <source>No signed timesheet</source>
        <translation>署名済み出勤簿がありません</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="197"/>
        <source>%1 has no signed timesheet for %2.</source>
        <translation>%1 には %2 の署名済み出勤簿がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="206"/>
        <source>Not shown</source>
        <translation>表示できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="217"/>
        <source>Attendance sheet to sign</source>
        <translation>署名用の出勤簿</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/evidence_panel.cpp" line="224"/>
        <source>No sheet written</source>
        <translation>出勤簿を作成できません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="53"/>
        <source>Welcome to Kakehashi</source>
        <translation>架け橋へようこそ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="55"/>
        <source>This database is new:
%1

A few answers and it is ready; all of them can be changed later under Settings and File → Users and roles.</source>
        <translation>このデータベースは新規です:
%1

いくつかの質問に答えるとすぐに使えます。答えはすべて、後から「設定」と「ファイル → ユーザーと役割」で変更できます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="63"/>
        <source>The consortium and its fiscal year</source>
        <translation>コンソーシアムと年度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="66"/>
        <source>Consortium&apos;s &amp;name:</source>
        <translation>コンソーシアム名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="70"/>
        <source>FY</source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="71"/>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="75"/>
        <source> yen a day</source>
        <translation> 円／日</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="77"/>
        <source>Internship subsidy from 1 &amp;April:</source>
        <translation>4 月 1 日からの職場実習の補助金日額(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="82"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="84"/>
        <source>&amp;Hours per present day:</source>
        <translation>出席1日の時間(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="85"/>
        <source>An internship becomes active only with its &amp;checklist done (residence card copy, work permission, signed agreement, insurance) or an administrator&apos;s override</source>
        <translation>職場実習はチェックリスト（在留カードの写し・資格外活動許可・署名済み契約書・保険）がそろうか、管理者が例外承認した場合にのみ実施中にする(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="88"/>
        <source>The setting internship.checklist; off, missing items are warnings only. It can be changed later under Settings.</source>
        <translation>設定 internship.checklist です。オフの場合、不足項目は注意として表示されるだけです。後から「設定」で変更できます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="94"/>
        <source>Who uses this database</source>
        <translation>このデータベースの利用者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="96"/>
        <source>&amp;Only me, without logins (single-user)</source>
        <translation>自分だけ。ログインなし（単独利用）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="97"/>
        <source>&amp;Several people with logins and roles: I am the first administrator</source>
        <translation>複数人。ログインと役割あり（自分が最初の管理者）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="110"/>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>管理者のユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="111"/>
        <source>&amp;Password (at least %1 characters):</source>
        <translation>パスワード（%1 文字以上）(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="112"/>
        <source>&amp;Confirm the password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="116"/>
        <source>Fill it with &amp;demo data to try the program (2,000 made-up students with their schools, companies, internships, attendance, placements and events)</source>
        <translation>お試し用のデモデータを入れる（架空の留学生 2,000 人とその学校・企業・職場実習・出欠・就職・イベント）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="128"/>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="129"/>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="156"/>
        <source>The administrator needs a user name.</source>
        <translation>管理者のユーザー名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="158"/>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="160"/>
        <source>The two passwords differ.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="176"/>
        <source>Creating demo data…</source>
        <translation>デモデータを作成しています…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start_dialog.cpp" line="190"/>
        <source>The demo data could not be created: %1</source>
        <translation>デモデータを作成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::HireNotificationPanel</name>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="46"/>
        <source>joins employment insurance (due the 10th of the following month)</source>
        <translation>雇用保険に加入する（期限は翌月 10 日）</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="47"/>
        <source>does not join (due the end of the following month)</source>
        <translation>加入しない（期限は翌月末日）</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="48"/>
        <source>not reported yet</source>
        <translation>未報告</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="50"/>
        <source>The company &amp;filed it on:</source>
        <translation>企業の届出日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="57"/>
        <source>Employment &amp;insurance:</source>
        <translation>雇用保険(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="64"/>
        <source>&amp;Record what the company reported</source>
        <translation>企業からの報告を記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="82"/>
        <source>filed</source>
        <translation>届出済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="83"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="84"/>
        <source>due within 14 days</source>
        <translation>14 日以内に期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="85"/>
        <source>pending</source>
        <translation>未届出</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="86"/>
        <source>the placement has no start date</source>
        <translation>就職の開始日が登録されていません</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="87"/>
        <source>The employer&apos;s foreign-worker notification (外国人雇用状況届出) is due on %1: %2.</source>
        <translation>事業主による外国人雇用状況届出の期限は %1 です: %2。</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="89"/>
        <source>The employer&apos;s foreign-worker notification (外国人雇用状況届出): %1.</source>
        <translation>事業主による外国人雇用状況届出: %1。</translation>
    </message>
    <message>
        <location filename="../../ui/views/hire_notification_panel.cpp" line="97"/>
        <source>No foreign-worker notification: the placement is not an employment at a company in Japan of a student with a status of residence.</source>
        <translation>外国人雇用状況届出は不要です: この就職は、在留資格を持つ留学生の日本国内の企業での雇用ではありません。</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="146"/>
        <source>Line %1 has problems: see the list below.</source>
        <translation>%1 行目に問題があります。下の一覧を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="211"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="212"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="213"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="252"/>
        <source>Line %1: %2 is a likely duplicate of %3 (%4).</source>
        <translation>%1 行目: %2 は %3 と重複している可能性があります（%4）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="255"/>
        <source>Likely duplicates (a warning: the import is allowed):</source>
        <translation>重複の可能性（警告のみで、取り込みはできます）:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="267"/>
        <source>Import a CSV file</source>
        <translation>CSV ファイルの取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="271"/>
        <source>&lt;b&gt;1. Kind and file.&lt;/b&gt; Choose what the file holds and the file; its encoding is detected, or choose it.</source>
        <translation>&lt;b&gt;1. 種別とファイル&lt;/b&gt; 取り込む内容の種別とファイルを選びます。文字コードは自動で判定しますが、指定することもできます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="278"/>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="285"/>
        <source>path of a .csv file</source>
        <translation>.csv ファイルのパス</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="287"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="290"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="296"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="445"/>
        <source>Detect</source>
        <translation>自動判定</translation>
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
        <translation>自動判定では、ファイルが正しい UTF-8 であれば UTF-8 として、そうでなければ日本語版 Excel が保存する Shift_JIS (CP932) として読み込みます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="302"/>
        <source>The encoding the file is read in</source>
        <translation>ファイルの読み込みに使う文字コード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="304"/>
        <source>Read as:</source>
        <translation>読み込み:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="306"/>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="313"/>
        <source>&lt;b&gt;2. Pre&amp;view.&lt;/b&gt; The first %1 rows as read; the header row gives the column titles, the numbers on the left are the lines of the file.</source>
        <translation>&lt;b&gt;2. プレビュー(&amp;V)&lt;/b&gt; 読み込んだ最初の %1 行です。見出し行が列名になり、左端の数字はファイルの行番号です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="331"/>
        <source>&lt;b&gt;3. Check.&lt;/b&gt; Reads the whole file without writing anything and lists every &amp;problem with its line; select one to see the line as the file has it.</source>
        <translation>&lt;b&gt;3. チェック&lt;/b&gt; 何も書き込まずにファイル全体を読み込み、すべての問題(&amp;P)を行番号とともに一覧にします。問題を選ぶと、ファイル中のその行をそのまま表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="349"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="540"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="798"/>
        <source>The line of the selected problem:</source>
        <translation>選んだ問題の行:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="365"/>
        <source>%v of %m rows</source>
        <translation>%v / %m 行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="366"/>
        <source>Ca&amp;ncel</source>
        <translation>中止(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="368"/>
        <source>Stops the check or the import; an import stopped writes nothing.</source>
        <translation>チェックまたは取り込みを中止します。取り込みを中止した場合、何も書き込まれません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="378"/>
        <source>&lt;b&gt;4. Import.&lt;/b&gt; Writes the whole file in one go once the check found no problems; a file with a problem writes nothing.</source>
        <translation>&lt;b&gt;4. 取り込み&lt;/b&gt; チェックで問題がなければ、ファイル全体を一括で書き込みます。問題のあるファイルは何も書き込みません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="382"/>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="383"/>
        <source>Reads the whole file and lists its problems; writes nothing.</source>
        <translation>ファイル全体を読み込んで問題を一覧にします。書き込みは行いません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="384"/>
        <source>&amp;Import</source>
        <translation>取り込み(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="385"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="vanished">留学生</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="vanished">学校</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="vanished">企業</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation type="vanished">職場実習</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="vanished">出欠</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="vanished">就職・進路</translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="vanished">イベント</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">参加者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="446"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="447"/>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8 (BOM付き)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="523"/>
        <source>Columns (* required): %1</source>
        <translation>列（* は必須）: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="557"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="657"/>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="823"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="576"/>
        <source>The file is empty: a header row is needed.</source>
        <translation>ファイルが空です。見出し行が必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="584"/>
        <source>Choose a CSV file</source>
        <translation>CSV ファイルの選択</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="585"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="610"/>
        <source>Choose a file first.</source>
        <translation>先にファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="637"/>
        <source>Checking %1…</source>
        <translation>%1 をチェックしています…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="637"/>
        <source>Importing %1…</source>
        <translation>%1 を取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="702"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="738"/>
        <source>The check was cancelled.</source>
        <translation>チェックを中止しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="738"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>取り込みを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="753"/>
        <source>Problems: %1 (rows in the file: %2). Nothing can be imported until they are fixed; select a problem to see its line.</source>
        <translation>問題: %1 件（ファイルの行数: %2）。問題を修正するまで取り込めません。問題を選ぶとその行を表示します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="759"/>
        <source>No problems. Rows: %1 — new: %2, to update: %3, unchanged: %4.</source>
        <translation>問題はありません。行数: %1 — 新規: %2、更新対象: %3、変更なし: %4。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="763"/>
        <source>Import writes them.</source>
        <translation>「取り込み」で書き込みます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="767"/>
        <source>Imported. Rows: %1 — new: %2, updated: %3, unchanged: %4.</source>
        <translation>取り込みました。行数: %1 — 新規: %2、更新: %3、変更なし: %4。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="802"/>
        <source>Line %1 of %2:</source>
        <translation>%2 の %1 行目:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="818"/>
        <source>Line %1: the file has changed since the check; check it again.</source>
        <translation>%1 行目: チェックの後にファイルが変更されています。もう一度チェックしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.cpp" line="851"/>
        <source>Writes the checked file to the database, all of it or nothing.</source>
        <translation>チェック済みのファイルをデータベースに一括で書き込みます（一部だけが書き込まれることはありません）。</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::Labels</name>
    <message>
        <location filename="../../ui/labels.cpp" line="18"/>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="19"/>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="20"/>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="21"/>
        <source>Internships</source>
        <translation>職場実習</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="22"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="23"/>
        <source>Placements</source>
        <translation>就職・進路</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="24"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="25"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="26"/>
        <source>Vacations</source>
        <translation>長期休業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="30"/>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="31"/>
        <source>company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="32"/>
        <source>student</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="33"/>
        <source>internship</source>
        <translation>職場実習</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="34"/>
        <source>attendance day</source>
        <translation>出席日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="35"/>
        <source>placement</source>
        <translation>就職・進路</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="36"/>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="37"/>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="38"/>
        <source>vacation</source>
        <translation>長期休業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="42"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="43"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="44"/>
        <source>Name (English)</source>
        <translation>英語名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="45"/>
        <source>Establishment</source>
        <translation>設置者区分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="46"/>
        <source>School type</source>
        <translation>学校種別</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="47"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="48"/>
        <source>Member since</source>
        <translation>加入日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="49"/>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="50"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="51"/>
        <source>SME category</source>
        <translation>中小企業区分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="52"/>
        <source>Capital (yen)</source>
        <translation>資本金（円）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="53"/>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="54"/>
        <source>Overseas markets</source>
        <translation>海外取引先国</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="55"/>
        <source>Information provider</source>
        <translation>情報提供企業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="56"/>
        <source>Student no.</source>
        <translation>学籍番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="57"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="58"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="59"/>
        <source>Name (kana)</source>
        <translation>氏名（カナ）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="60"/>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="61"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="62"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="63"/>
        <source>Home university</source>
        <translation>母国の大学</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="64"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="65"/>
        <source>Faculty</source>
        <translation>学部・研究科</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="66"/>
        <source>Year of study</source>
        <translation>学年</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="67"/>
        <source>Graduation date</source>
        <translation>卒業予定日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="68"/>
        <source>Programme</source>
        <translation>事業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="69"/>
        <source>Cohort (fiscal year)</source>
        <translation>入学年度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="70"/>
        <source>Enrolled on</source>
        <translation>入学日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="71"/>
        <source>Completed on</source>
        <translation>修了日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="72"/>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="73"/>
        <source>Residence expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="74"/>
        <source>JLPT</source>
        <translation>日本語能力試験</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="75"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="76"/>
        <source>Residence card no.</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="77"/>
        <source>Work permission</source>
        <translation>資格外活動許可</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="78"/>
        <source>Bank code</source>
        <translation>銀行コード</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="79"/>
        <source>Branch code</source>
        <translation>支店コード</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="80"/>
        <source>Account type</source>
        <translation>預金種目</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="81"/>
        <source>Account no.</source>
        <translation>口座番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="82"/>
        <source>Account holder (kana)</source>
        <translation>口座名義（カナ）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="83"/>
        <source>Internship no.</source>
        <translation>実習番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="84"/>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="85"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="86"/>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="87"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="88"/>
        <source>Supervisor</source>
        <translation>指導担当者</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="89"/>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="90"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="91"/>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="92"/>
        <source>Placement no.</source>
        <translation>就職・進路番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="93"/>
        <source>Outcome</source>
        <translation>進路</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="94"/>
        <source>Decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="95"/>
        <source>Employer</source>
        <translation>就職先</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="96"/>
        <source>Employer country</source>
        <translation>就職先の国</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="97"/>
        <source>Japanese company</source>
        <translation>日本企業</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="98"/>
        <source>Residence status after</source>
        <translation>就職後の在留資格</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="99"/>
        <source>Job category</source>
        <translation>職種</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="100"/>
        <source>Monthly salary (yen)</source>
        <translation>月給（円）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="101"/>
        <source>Left on</source>
        <translation>退職日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="102"/>
        <source>Event no.</source>
        <translation>イベント番号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="103"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="104"/>
        <source>STEP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="105"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="106"/>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <location filename="../../ui/labels.cpp" line="107"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::LedgerView</name>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="57"/>
        <source>Fiscal year (period)</source>
        <translation>年度（対象月）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="63"/>
        <source>Posted from</source>
        <translation>計上日</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="65"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="77"/>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="81"/>
        <source>from ¥</source>
        <translation>下限（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="82"/>
        <source>to ¥</source>
        <translation>上限（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="84"/>
        <source>part of the name</source>
        <translation>氏名の一部</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="90"/>
        <source>Counterparty:</source>
        <translation>支払先:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="92"/>
        <source>Amount:</source>
        <translation>金額:</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="93"/>
        <source>Only corrections: each reversal beside the payment it reverses</source>
        <translation>訂正履歴のみ（取消行を元の支払の隣に表示）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="97"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="98"/>
        <source>Posted at</source>
        <translation>計上日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="99"/>
        <source>Period</source>
        <translation>対象月</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="100"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="101"/>
        <source>Internship</source>
        <translation>実習番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="102"/>
        <source>Student no.</source>
        <translation>学籍番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="103"/>
        <source>Counterparty</source>
        <translation>支払先</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="104"/>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="105"/>
        <source>Rate (¥)</source>
        <translation>日額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="106"/>
        <source>Amount (¥)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="107"/>
        <source>Reverses</source>
        <translation>取消対象</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="108"/>
        <source>Reversed by</source>
        <translation>取消行</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="109"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="110"/>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="127"/>
        <source>&amp;Reverse payment…</source>
        <translation>支払を取消(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="128"/>
        <source>&amp;Verify chain</source>
        <translation>改ざん検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="129"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV 出力(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="130"/>
        <source>Export &amp;XLSX…</source>
        <translation>Excel 出力(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="131"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF 出力(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="219"/>
        <source>reversal</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="219"/>
        <location filename="../../ui/views/ledger_view.cpp" line="245"/>
        <source>payment</source>
        <translation>支払</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="230"/>
        <source>%1 of %2 entries found, net ¥%3. The ledger&apos;s last hash: %4</source>
        <translation>%2 件中 %1 件、差引 %3 円。台帳の最終ハッシュ: %4</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="240"/>
        <location filename="../../ui/views/ledger_view.cpp" line="246"/>
        <source>Reverse payment</source>
        <translation>支払の取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="240"/>
        <source>Choose the payment to reverse first.</source>
        <translation>取り消す支払を先に選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="247"/>
        <source>Entry %1 is a reversal itself; choose a payment.</source>
        <translation>番号 %1 は取消の行です。支払を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="248"/>
        <source>Entry %1 is reversed already, by entry %2.</source>
        <translation>番号 %1 は番号 %2 ですでに取り消されています。</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="254"/>
        <source>Reverse payment %1</source>
        <translation>支払 %1 の取消</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="257"/>
        <source>&lt;p&gt;Reverse entry &lt;b&gt;%1&lt;/b&gt;: the payment of &lt;b&gt;¥%2&lt;/b&gt; for %3 (%4 days), internship %5, student %6 %7, to %8.&lt;/p&gt;&lt;p&gt;A reversal entry of −¥%2 is added to the ledger; the payment stays in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;番号 &lt;b&gt;%1&lt;/b&gt; の支払を取り消します: %3 分（%4 日）の &lt;b&gt;%2 円&lt;/b&gt;、職場実習 %5、留学生 %6 %7、支払先 %8。&lt;/p&gt;&lt;p&gt;台帳に −%2 円の取消の行が追加されます。元の支払も台帳に残ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="268"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必須）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="274"/>
        <source>Write why the payment is reversed; it is kept in the ledger.</source>
        <translation>支払を取り消す理由を入力してください。台帳に記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="279"/>
        <source>Reverse</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Why is entry %1 reversed? (required)</source>
        <translation type="vanished">番号 %1 を取り消す理由（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="298"/>
        <source>Not reversed</source>
        <translation>取り消せません</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="308"/>
        <source>Ledger verified</source>
        <translation>台帳の検証</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="309"/>
        <source>The chain of %1 entries is intact.
Last hash: %2</source>
        <translation>%1 件のハッシュチェーンに改ざんはありません。
最終ハッシュ: %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="311"/>
        <source>Ledger altered</source>
        <translation>台帳の改ざん</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="312"/>
        <source>The ledger was altered outside the program at entry %1:
%2</source>
        <translation>番号 %1 でプログラム外からの変更が見つかりました:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="340"/>
        <source>Not exported</source>
        <translation>出力できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="347"/>
        <source>Export the ledger</source>
        <translation>台帳の出力</translation>
    </message>
    <message>
        <location filename="../../ui/views/ledger_view.cpp" line="351"/>
        <source>Exported to %1</source>
        <translation>%1 に出力しました</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="18"/>
        <source>Log in to %1</source>
        <translation>%1 にログイン</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="24"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.cpp" line="25"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="93"/>
        <location filename="../../ui/main_window.cpp" line="144"/>
        <location filename="../../ui/main_window.cpp" line="532"/>
        <source>Kakehashi</source>
        <translation>架け橋 Kakehashi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <source>Search by name, kana or student number (Ctrl+F)</source>
        <translation type="vanished">氏名・カナ・学籍番号で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="153"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="148"/>
        <source>Subsidy claims</source>
        <translation>補助金請求</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Subsidy ledger</source>
        <translation>補助金台帳</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Internships</source>
        <translation>職場実習</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>Placements</source>
        <translation>就職・進路</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Visa advisor &amp; matching</source>
        <translation>就労資格・マッチング</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="149"/>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150"/>
        <source>Audit trail</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="154"/>
        <source>&amp;New database…</source>
        <translation>データベースを新規作成(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="155"/>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="158"/>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="161"/>
        <source>&amp;Import a CSV file…</source>
        <translation>CSV ファイルの取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="163"/>
        <source>&amp;Export the shown list…</source>
        <translation>表示中の一覧を出力(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="165"/>
        <source>&amp;Print the shown list…</source>
        <translation>表示中の一覧を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="168"/>
        <source>&amp;Back up now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="vanished">バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="169"/>
        <source>Re&amp;store from backup…</source>
        <translation>バックアップから復元(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="170"/>
        <source>&amp;Users and roles…</source>
        <translation>ユーザーと役割(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="172"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="174"/>
        <source>&amp;Reports</source>
        <translation>報告書(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="175"/>
        <source>&amp;Reports for METI/MEXT…</source>
        <translation>経済産業省・文部科学省向け報告書(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="178"/>
        <source>&amp;About Kakehashi</source>
        <translation>架け橋について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="241"/>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;&lt;p&gt;Placement rate, employment, programme and subsidy reports for METI and MEXT, by fiscal year, with charts; printed or saved as PDF, HTML, XLSX or CSV.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;報告書&lt;/h2&gt;&lt;p&gt;経済産業省・文部科学省向けの就職率・就職先・事業実施状況・補助金の報告書を、年度別にグラフ付きで作成します。印刷のほか、PDF・HTML・XLSX・CSV で保存できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="246"/>
        <source>Open the reports… (Ctrl+R)</source>
        <translation>報告書を開く… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="508"/>
        <source>Single-user</source>
        <translation>単独利用</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="509"/>
        <source>User: %1 (%2)</source>
        <translation>ユーザー: %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="513"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="485"/>
        <location filename="../../ui/main_window.cpp" line="641"/>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="487"/>
        <source>No backup was made: %1</source>
        <translation>バックアップを作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="584"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="592"/>
        <location filename="../../ui/main_window.cpp" line="596"/>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="593"/>
        <source>Backups (*.sqlite3)</source>
        <translation>バックアップ (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="597"/>
        <source>Replace the database with the backup %1?
The current file is kept aside first.</source>
        <translation>データベースをバックアップ %1 で置き換えますか？
現在のファイルは先に別名で保存されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="612"/>
        <source>Restored from %1; the file before is kept as %2</source>
        <translation>%1 から復元しました。以前のファイルは %2 として保存されています</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="601"/>
        <source>Not restored</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>School vacations</source>
        <translation>学校の長期休業</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="150"/>
        <source>Right to work</source>
        <translation>資格外活動</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="157"/>
        <source>&amp;Connect to a server…</source>
        <translation>サーバーに接続(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="251"/>
        <source>Completion report (実績報告) for the fund…</source>
        <translation>基金向けの実績報告…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="382"/>
        <source>Updated with changes from other desks</source>
        <translation>他の端末での変更を反映しました</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="511"/>
        <source>Server: %1 — database %2</source>
        <translation>サーバー: %1 — データベース %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="535"/>
        <source>Kakehashi — %1 on %2 — %3 (%4)</source>
        <translation>架け橋 — %2 の %1 — %3（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="580"/>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="635"/>
        <source>Back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="636"/>
        <source>Databases (*.sqlite3)</source>
        <translation>データベース (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="643"/>
        <source>Not backed up</source>
        <translation>バックアップできません</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="652"/>
        <source>Choose a list (students, schools, …) to export its rows</source>
        <translation>書き出す一覧（留学生・学校など）を選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="659"/>
        <source>Choose a list (students, schools, …) to print its rows</source>
        <translation>印刷する一覧（留学生・学校など）を選んでください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="666"/>
        <source>%n record(s), printed %1</source>
        <translation>
            <numerusform>%n 件、%1 印刷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.cpp" line="690"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="695"/>
        <location filename="../../ui/main_window.cpp" line="701"/>
        <source>New database</source>
        <translation>データベースの新規作成</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="697"/>
        <source>Kakehashi databases (*.sqlite3)</source>
        <translation>架け橋データベース (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="701"/>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 は既にあります。新規作成せずに「データベースを開く」で開いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="788"/>
        <source>Not on a server: its administrator restores it and manages its logins (kakehashi-cli user …)</source>
        <translation>サーバー上のデータベースでは使えません。復元とログインの管理はサーバーの管理者が行います（kakehashi-cli user …）</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="vanished">
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="709"/>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="711"/>
        <source>Kakehashi databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>架け橋データベース (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="742"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>About Kakehashi</source>
        <translation type="vanished">架け橋について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kakehashi 架け橋&lt;/h3&gt;&lt;p&gt;Records of international students, their internships, attendance and placements for an industry–academia consortium.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;架け橋 Kakehashi&lt;/h3&gt;&lt;p&gt;産学連携コンソーシアムのための、留学生・職場実習・出欠・就職先の管理ソフトウェアです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::NextStepsList</name>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>Next step</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>Concerning</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="430"/>
        <source>After</source>
        <translation>元の活動</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="452"/>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="457"/>
        <source>%1 on %2</source>
        <translation>%2 の%1</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="464"/>
        <source>My next steps (%1)</source>
        <translation>自分の次の対応 (%1)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RecordEditor</name>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="102"/>
        <source>Change %1</source>
        <translation>%1 の変更</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="162"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="856"/>
        <source>Reload the stored record</source>
        <translation>保存されている内容を再読み込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="177"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="179"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="661"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="180"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="506"/>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="181"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="182"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="184"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="185"/>
        <source>Undo the last change of a field (Ctrl+Z)</source>
        <translation>項目の直前の変更を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="186"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>やり直し (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="202"/>
        <source>Atte&amp;ndance…</source>
        <translation>出欠(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="207"/>
        <source>Notification &amp;sheet (PDF)…</source>
        <translation>届出事項シート (PDF)(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="209"/>
        <source>The items of the employer&apos;s foreign-worker notification (外国人雇用状況届出) for this hire, to hand to the company</source>
        <translation>企業に渡す、この採用についての外国人雇用状況届出の記載事項</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="213"/>
        <source>Notification sheet</source>
        <translation>届出事項シート</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="219"/>
        <source>Not written</source>
        <translation>作成できません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="244"/>
        <source>Read only — %1</source>
        <translation>閲覧のみ — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="276"/>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="292"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="996"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="293"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="996"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="306"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="309"/>
        <source>Choose on a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="338"/>
        <source>ISO code, e.g. VN</source>
        <translation>ISO コード（例: VN）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="339"/>
        <source>ISO codes separated by ;</source>
        <translation>ISO コードを ; で区切って入力</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="351"/>
        <source>whole yen</source>
        <translation>円単位の整数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="352"/>
        <source>13 digits</source>
        <translation>13 桁の数字</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/record_editor.cpp" line="353"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 桁の数字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="354"/>
        <source>katakana, e.g. グエン ヴァン アン</source>
        <translation>カタカナ（例: グエン ヴァン アン）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="401"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="413"/>
        <source>Type a part of the name or the code, then choose</source>
        <translation>名前またはコードの一部を入力して選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="506"/>
        <source>Rest&amp;ore</source>
        <translation>復元(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="508"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="508"/>
        <source> (archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="509"/>
        <source>New %1</source>
        <translation>%1 の新規登録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="510"/>
        <source> (read only)</source>
        <translation>（閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="526"/>
        <source>Save the placement first.</source>
        <translation>先に就職・進路を保存してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="530"/>
        <source>The placement is not stored.</source>
        <translation>この就職・進路はまだ保存されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="661"/>
        <source>Correct the fields marked in red first</source>
        <translation>先に赤で示された項目を修正してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="715"/>
        <source>The job-hunting status you typed is not saved.</source>
        <translation>入力した特定活動（継続就職活動）は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="718"/>
        <source>Save it with its button on the Right to work tab, or discard it.</source>
        <translation>「就労資格」タブのボタンで保存するか、破棄してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="728"/>
        <source>Save the new %1?</source>
        <translation>新しい%1を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="729"/>
        <source>Save the changes to %1?</source>
        <translation>%1 の変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="732"/>
        <source>What you typed is lost if you do not save it.</source>
        <translation>保存しないと、入力した内容は失われます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="721"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="735"/>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="778"/>
        <location filename="../../ui/dialogs/record_editor.cpp" line="853"/>
        <source>%1: “%2” when you opened it, now “%3”</source>
        <translation>%1: 開いたときは「%2」、現在は「%3」</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="786"/>
        <source>Stored meanwhile: “%1” — &lt;a href=&quot;use&quot;&gt;use it&lt;/a&gt;</source>
        <translation>その間に保存された値: 「%1」 — &lt;a href=&quot;use&quot;&gt;こちらを使う&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="792"/>
        <source>What you typed is kept, and their changes are taken where you changed nothing. Where you both changed a field, their value is shown beside yours. Check the form and save again.</source>
        <translation>入力した内容はそのまま残し、あなたが変更していない項目には相手の変更を取り込みました。両方が変更した項目では、相手の値を横に表示しています。確認して、もう一度保存してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="795"/>
        <source>Discard mine and reload</source>
        <translation>自分の変更を破棄して再読み込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="826"/>
        <source>This record was changed at another desk. Reload it to see the changes before you save yours.</source>
        <translation>この記録は他の端末で変更されました。保存する前に再読み込みして、変更内容を確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="828"/>
        <source>This record was deleted at another desk.</source>
        <translation>この記録は他の端末で削除されました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="829"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="855"/>
        <source>Your changes were not saved. Reload the stored record, then make them again.</source>
        <translation>変更は保存されていません。保存されている内容を再読み込みしてから、もう一度変更してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="901"/>
        <source>New %1…</source>
        <translation>%1を新規登録…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="906"/>
        <source>A&amp;ttended / not attended</source>
        <translation>出席・欠席を切り替え(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="975"/>
        <source>%1 – %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="978"/>
        <source>Attendance (%1)</source>
        <translation>出欠 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Internship</source>
        <translation>職場実習</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="979"/>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="980"/>
        <source>Leave</source>
        <translation>休暇</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="980"/>
        <source>Hours present</source>
        <translation>出席時間</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="993"/>
        <source>missing</source>
        <translation>未添付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="993"/>
        <source>attached (version %1)</source>
        <translation>添付済み（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="993"/>
        <source>attached</source>
        <translation>添付済み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Present days</source>
        <translation>出席日数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Daily rate (yen)</source>
        <translation>日額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1000"/>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Eligible</source>
        <translation>補助対象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Posted (yen)</source>
        <translation>計上済み（円）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="999"/>
        <source>Claims (%1)</source>
        <translation>補助金請求 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1001"/>
        <source>Signed timesheet</source>
        <translation>署名済み出勤簿</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1009"/>
        <source>expires within %1 days</source>
        <translation>%1 日以内に期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1010"/>
        <source>expires before internship %1 ends (%2)</source>
        <translation>職場実習 %1 の終了（%2）より前に期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1014"/>
        <source>never checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1015"/>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1016"/>
        <source>Residence card warnings (%1)</source>
        <translation>在留カードの注意 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Card no.</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1017"/>
        <source>Last checked</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1025"/>
        <source>Checklist (%1 missing)</source>
        <translation>チェックリスト（不足 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1025"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1035"/>
        <source>Foreign-worker notification</source>
        <translation>外国人雇用状況届出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1040"/>
        <source>Right to work</source>
        <translation>就労資格</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1046"/>
        <source>Contacts and activities</source>
        <translation>担当者と活動記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1046"/>
        <source>Activities</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>Who</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1056"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_editor.cpp" line="1055"/>
        <source>History (%1)</source>
        <translation>履歴 (%1)</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RecordListView</name>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="41"/>
        <source>Search %1 (Ctrl+F)</source>
        <translation>%1を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="47"/>
        <source>Filter on a column</source>
        <translation>絞り込む列</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="50"/>
        <source>value (a code, or the start of a date)</source>
        <translation>値（コード、または日付の先頭部分）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="52"/>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="54"/>
        <source>Show archived</source>
        <translation>アーカイブ済みも表示</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="83"/>
        <source>&amp;New %1</source>
        <translation>%1を新規登録(&amp;N)</translation>
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
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="86"/>
        <source>Enter or double click</source>
        <translation>Enter キーまたはダブルクリック</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="87"/>
        <source>&amp;Export shown rows…</source>
        <translation>表示中の行を出力(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="176"/>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/record_list_view.cpp" line="180"/>
        <source>%n or more record(s)</source>
        <translation>
            <numerusform>%n 件以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/record_list_view.cpp" line="181"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="192"/>
        <source>Remove this filter</source>
        <translation>この絞り込みを解除</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="389"/>
        <source>Export the shown rows</source>
        <translation>表示中の行の出力</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="391"/>
        <source>CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_list_view.cpp" line="397"/>
        <source>Export</source>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.cpp" line="261"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.cpp" line="261"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RelationsPanel</name>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="29"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="31"/>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="33"/>
        <source>Mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="35"/>
        <source>Meeting</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="37"/>
        <source>Counselling</source>
        <translation>個別相談</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="39"/>
        <location filename="../../ui/views/relations_panel.cpp" line="198"/>
        <location filename="../../ui/views/relations_panel.cpp" line="204"/>
        <location filename="../../ui/views/relations_panel.cpp" line="209"/>
        <source>Letter</source>
        <translation>文書送付</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="60"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <location filename="../../ui/views/relations_panel.cpp" line="124"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="77"/>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="78"/>
        <source>Primary</source>
        <translation>主担当</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="78"/>
        <source>Former</source>
        <translation>退職</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="78"/>
        <location filename="../../ui/views/relations_panel.cpp" line="89"/>
        <source>Do not contact</source>
        <translation>連絡不可</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="81"/>
        <source>People at the company</source>
        <translation>企業の担当者</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="86"/>
        <source>Add contact…</source>
        <translation>担当者を追加…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="87"/>
        <source>Make primary</source>
        <translation>主担当にする</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="88"/>
        <source>Left the company</source>
        <translation>退職済みにする</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="99"/>
        <location filename="../../ui/views/relations_panel.cpp" line="105"/>
        <location filename="../../ui/views/relations_panel.cpp" line="106"/>
        <location filename="../../ui/views/relations_panel.cpp" line="107"/>
        <source>Add contact</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="99"/>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="105"/>
        <source>Role (optional):</source>
        <translation>役職（任意）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="106"/>
        <source>E-mail (optional):</source>
        <translation>メールアドレス（任意）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="107"/>
        <source>Telephone (optional):</source>
        <translation>電話番号（任意）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="122"/>
        <source>Activities</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="124"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="124"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="125"/>
        <source>Contact / student</source>
        <translation>担当者／留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="125"/>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Next step</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="126"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="149"/>
        <source>Confidential</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="150"/>
        <source>Only you and the administrators will read the text; others see that it exists</source>
        <translation>本文はあなたと管理者だけが読めます。ほかの人には記録があることのみ表示されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="153"/>
        <source>&amp;Kind and date:</source>
        <translation>種別と日付(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="160"/>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="164"/>
        <source>What you will do next (optional)</source>
        <translation>次に行うこと（任意）</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="165"/>
        <source>by</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="173"/>
        <source>&amp;Next step:</source>
        <translation>次の対応(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="178"/>
        <source>&amp;Record activity</source>
        <translation>活動を記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="180"/>
        <source>Next step &amp;done</source>
        <translation>次の対応を完了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="189"/>
        <source>&amp;Letter…</source>
        <translation>文書を作成(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="195"/>
        <source>Certificate of completion</source>
        <translation>修了証明書</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="195"/>
        <source>Recommendation for job-hunting status</source>
        <translation>特定活動（継続就職活動）の推薦状</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="196"/>
        <source>Payment notice</source>
        <translation>支払通知書</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="196"/>
        <source>Invitation to an event</source>
        <translation>イベントの案内状</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="198"/>
        <source>Template:</source>
        <translation>ひな形:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="204"/>
        <source>Event no.:</source>
        <translation>イベント番号:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="209"/>
        <source>Month (YYYY-MM):</source>
        <translation>対象月（YYYY-MM）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="214"/>
        <source>Save the letter</source>
        <translation>文書の保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="216"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="255"/>
        <source>Your role may read the activities but not record them</source>
        <translation>あなたの役割では活動記録を閲覧できますが、記録はできません</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="257"/>
        <source>Write a summary of what happened</source>
        <translation>経過の概要を入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="259"/>
        <source>A date for the next step needs the next step</source>
        <translation>次の対応の期日には次の対応の内容が必要です</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="274"/>
        <source>(no contact)</source>
        <translation>（担当者なし）</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="280"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="301"/>
        <source>(confidential)</source>
        <translation>（非公開）</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="302"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="302"/>
        <source>open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/relations_panel.cpp" line="328"/>
        <source>there is no contact %1</source>
        <translation>担当者 %1 は登録されていません</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::ReportDialog</name>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="81"/>
        <source>Reports</source>
        <translation>報告書</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="85"/>
        <source>Placement (placement rate)</source>
        <translation>就職状況（就職率）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="86"/>
        <source>Employment (where they work)</source>
        <translation>就職先の内訳</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="87"/>
        <source>Programme summary for METI/MEXT</source>
        <translation>事業実施状況（経済産業省・文部科学省）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="88"/>
        <source>Subsidy paid by month</source>
        <translation>補助金の月別支給額</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="91"/>
        <source>FY</source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="96"/>
        <source>&amp;Report:</source>
        <translation>報告書(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="98"/>
        <source>&amp;Group by:</source>
        <translation>区分(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="123"/>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="124"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="130"/>
        <source>Export %1…</source>
        <translation>%1 出力…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="134"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="169"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="232"/>
        <source>Placement rate by fiscal year (%)</source>
        <translation>年度別の就職率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="240"/>
        <source>Placement rate by %1 (%)</source>
        <translation>%1 別の就職率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="248"/>
        <source>Employed students by %1</source>
        <translation>%1 別の就職者数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="255"/>
        <source>Subsidy paid by month (¥)</source>
        <translation>月別の補助金支給額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="424"/>
        <source>Not exported</source>
        <translation>出力できません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/report_dialog.cpp" line="432"/>
        <source>Export the report</source>
        <translation>報告書の出力</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::RightToWorkPanel</name>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="50"/>
        <source>Residence card (在留カード)</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="57"/>
        <source>&amp;Note:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="60"/>
        <source>e.g. valid in the Agency&apos;s online lookup</source>
        <translation>例: 出入国在留管理庁のオンライン照会で有効</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="62"/>
        <source>Record a validity &amp;check done today</source>
        <translation>本日の有効性確認を記録(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="64"/>
        <source>Records that you checked the card&apos;s validity (the Immigration Services Agency&apos;s online lookup) today, with your name, in the audit trail</source>
        <translation>本日カードの有効性を確認したこと（出入国在留管理庁のオンライン照会）を、あなたの名前とともに監査ログに記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="73"/>
        <source>Job-hunting status (特定活動・継続就職活動)</source>
        <translation>特定活動（継続就職活動）</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="79"/>
        <source>&amp;Renewed to:</source>
        <translation>更新後の終了日(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="86"/>
        <source>Letter &amp;dated:</source>
        <translation>推薦状の日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="90"/>
        <source>&amp;Granted on:</source>
        <translation>許可日(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="91"/>
        <source>&amp;Ends on (at most six months):</source>
        <translation>終了日（最長 6 か月）(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="93"/>
        <source>School&apos;s recommendation letter &amp;by:</source>
        <translation>学校推薦状の発行者(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="102"/>
        <source>&amp;Save the job-hunting status</source>
        <translation>特定活動（継続就職活動）を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="147"/>
        <source>Card %1, expires on %2 (%3 days). %4</source>
        <translation>カード %1、有効期限 %2（%3 日）。%4</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="151"/>
        <source>Its validity has never been checked.</source>
        <translation>有効性はまだ一度も確認されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="152"/>
        <source>Validity last checked on %1 by %2.</source>
        <translation>有効性の最終確認: %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="155"/>
        <source>No residence card is recorded for this student.</source>
        <translation>この留学生の在留カードは登録されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="174"/>
        <source>The status ends on %1; the graduate is placed.</source>
        <translation>在留期限は %1 です。この卒業生は就職が決まっています。</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="176"/>
        <source>The status ended on %1 and the graduate is not placed.</source>
        <translation>在留期限 %1 を過ぎており、この卒業生は就職が決まっていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="177"/>
        <source>The status ends on %1, in %2 day(s); the graduate is not placed yet.</source>
        <translation>在留期限は %1（あと %2 日）で、この卒業生はまだ就職が決まっていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/right_to_work_panel.cpp" line="185"/>
        <source>No job-hunting status is recorded (only for graduates on 特定活動).</source>
        <translation>特定活動（継続就職活動）は登録されていません（特定活動の卒業生のみが対象です）。</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::Roles</name>
    <message>
        <location filename="../../ui/language.cpp" line="60"/>
        <source>Auditors read and export; they change nothing.</source>
        <translation>監査担当者は閲覧と出力のみで、変更はできません。</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="62"/>
        <source>Only administrators post to the ledger, reverse payments, set rates and the calendar.</source>
        <translation>台帳への計上・支払の取消・単価と暦の設定は管理者のみが行えます。</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="65"/>
        <source>Only administrators and auditors export and verify the ledger.</source>
        <translation>台帳の出力と検証は管理者と監査担当者のみが行えます。</translation>
    </message>
    <message>
        <location filename="../../ui/language.cpp" line="67"/>
        <source>Only administrators manage users and backups.</source>
        <translation>ユーザーとバックアップの管理は管理者のみが行えます。</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::SettingsView</name>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="60"/>
        <source>Holidays and closing days</source>
        <translation>祝日・休業日</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="66"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="66"/>
        <source>Name of the day</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="74"/>
        <source>name, e.g. 年末年始休業</source>
        <translation>名称（例: 年末年始休業）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="75"/>
        <source>&amp;Add day off</source>
        <translation>休業日を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="76"/>
        <source>Make the selected day a &amp;working day</source>
        <translation>選んだ日を勤務日にする(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="86"/>
        <source>Daily subsidy rates (sme_internship)</source>
        <translation>補助金の日額（職場実習）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="88"/>
        <source>Valid from</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="88"/>
        <source>Daily rate (¥)</source>
        <translation>日額（円）</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="96"/>
        <source>Add &amp;rate</source>
        <translation>日額を追加(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="101"/>
        <source>Amounts already posted never change.</source>
        <translation>計上済みの金額は変わりません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="105"/>
        <source>Bank transfers and budgets</source>
        <translation>振込と予算</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="108"/>
        <source>Requester code (振込依頼人コード):</source>
        <translation>依頼人コード:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="109"/>
        <source>Requester name (kana):</source>
        <translation>依頼人名（カナ）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="110"/>
        <source>Bank code:</source>
        <translation>銀行コード:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="111"/>
        <source>Bank name (kana):</source>
        <translation>銀行名（カナ）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="112"/>
        <source>Branch code:</source>
        <translation>支店コード:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="113"/>
        <source>Branch name (kana):</source>
        <translation>支店名（カナ）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="114"/>
        <source>Account no.:</source>
        <translation>口座番号:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="122"/>
        <source>Ordinary (普通)</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="123"/>
        <source>Current (当座)</source>
        <translation>当座</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="124"/>
        <source>Account type:</source>
        <translation>預金種目:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="125"/>
        <source>Claims are prepared, checked and approved before posting</source>
        <translation>計上の前に請求の作成・確認・承認を行う</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="126"/>
        <source>Approval:</source>
        <translation>承認:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="127"/>
        <source>Save the &amp;bank account and approval</source>
        <translation>口座と承認の設定を保存(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="136"/>
        <source>whole yen</source>
        <translation>円単位の整数</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="137"/>
        <source>Set b&amp;udget</source>
        <translation>予算を設定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="141"/>
        <source>Budget:</source>
        <translation>予算:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="150"/>
        <source>Not all saved</source>
        <translation>一部を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="156"/>
        <location filename="../../ui/views/settings_view.cpp" line="286"/>
        <source>Not set</source>
        <translation>設定できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="164"/>
        <source>FY%1 budget ¥%2 · paid ¥%3 · remaining ¥%4</source>
        <translation>%1 年度 予算 %2 円 ・ 支払済 %3 円 ・ 残額 %4 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="168"/>
        <source>FY%1: no budget set · paid ¥%2</source>
        <translation>%1 年度: 予算未設定 ・ 支払済 %2 円</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="177"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="182"/>
        <source>Rolling backups kept:</source>
        <translation>保存するバックアップ数:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="184"/>
        <source>The desktop&apos;s language</source>
        <translation>デスクトップの言語</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="188"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="192"/>
        <source>Where the program opens kakehashi.sqlite3 at start and where new databases go</source>
        <translation>起動時に kakehashi.sqlite3 を開き、新しいデータベースを作るフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="193"/>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="198"/>
        <source>Database folder:</source>
        <translation>データベースのフォルダー:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="200"/>
        <source>Database folder</source>
        <translation>データベースのフォルダー</translation>
    </message>
    <message>
        <source>Language (at the next start):</source>
        <translation type="vanished">言語（次回起動時から）:</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="221"/>
        <location filename="../../ui/views/settings_view.cpp" line="341"/>
        <source>Not added</source>
        <translation>追加できません</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="319"/>
        <source>Not allowed</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../../ui/views/settings_view.cpp" line="341"/>
        <source>Give the day a name.</source>
        <translation>名称を入力してください。</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::StepsPanel</name>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="25"/>
        <source>&lt;b&gt;SME programme by step&lt;/b&gt;</source>
        <translation>&lt;b&gt;中小企業事業のSTEP別実施状況&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="28"/>
        <source>FY </source>
        <translation>年度 </translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="38"/>
        <source>Step</source>
        <translation>STEP</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="39"/>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="40"/>
        <source>Sign-ups</source>
        <translation>申込</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="41"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="42"/>
        <source>Students</source>
        <translation>留学生</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="43"/>
        <source>Companies</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="75"/>
        <source>STEP 1 awareness</source>
        <translation>STEP 1 相互理解</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="76"/>
        <source>STEP 2 matching</source>
        <translation>STEP 2 マッチング</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="77"/>
        <source>STEP 3 training and retention</source>
        <translation>STEP 3 研修・定着</translation>
    </message>
    <message>
        <location filename="../../ui/views/steps_panel.cpp" line="78"/>
        <source>no step</source>
        <translation>STEP なし</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::StudentTableModel</name>
    <message>
        <source>Student no.</source>
        <translation type="vanished">学籍番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">氏名</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="vanished">国籍</translation>
    </message>
    <message>
        <source>School</source>
        <translation type="vanished">学校</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="vanished">事業</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">入学日</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="vanished">修了日</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::UserForm</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="71"/>
        <source>Add user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="71"/>
        <source>Reset the password of %1</source>
        <translation>%1 のパスワードの再設定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="81"/>
        <source>&amp;Name:</source>
        <translation>ユーザー名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="86"/>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="94"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="94"/>
        <source>New &amp;password:</source>
        <translation>新しいパスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="96"/>
        <source>&amp;Confirm:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="99"/>
        <source>A new password also unlocks the user.</source>
        <translation>新しいパスワードを設定すると、ユーザーのロックも解除されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="152"/>
        <source>Enter a name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="155"/>
        <source>At least %1 characters (%2 so far).</source>
        <translation>%1 文字以上にしてください（現在 %2 文字）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="157"/>
        <source>Does not match the password.</source>
        <translation>パスワードと一致しません。</translation>
    </message>
</context>
<context>
    <name>kakehashi::ui::UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="169"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Locked until</source>
        <translation>ロック期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Failed logins</source>
        <translation>ログイン失敗回数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="172"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="190"/>
        <source>&amp;Add user…</source>
        <translation>ユーザーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="191"/>
        <source>&amp;Reset password…</source>
        <translation>パスワードを再設定(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="192"/>
        <source>&amp;Disable…</source>
        <translation>無効にする(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="231"/>
        <source>%1 (over)</source>
        <translation>%1（経過済み）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="234"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="278"/>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="279"/>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="374"/>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="388"/>
        <source>Choose a user first.</source>
        <translation>先にユーザーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="281"/>
        <source>%1 is disabled already.</source>
        <translation>%1 はすでに無効です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="324"/>
        <source>You cannot disable your own account.</source>
        <translation>自分のアカウントは無効にできません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="391"/>
        <source>Disable user</source>
        <translation>ユーザーの無効化</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="392"/>
        <source>Disable %1? The user can no longer log in; the audit trail keeps the name.</source>
        <translation>%1 を無効にしますか？ このユーザーはログインできなくなります。監査ログには名前が残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.cpp" line="395"/>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
</context>
</TS>
