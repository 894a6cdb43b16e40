<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>&apos;{url}&apos; is not a broker URL; write mqtt://HOST[:PORT]/PREFIX</source>
        <translation>«{url}» ليس عنوان وسيط؛ اكتب mqtt://HOST[:PORT]/PREFIX</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; has a port that is not a number</source>
        <translation>منفذ «{url}» ليس رقمًا</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host</source>
        <translation>لا يحدد «{url}» أي مضيف</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; needs a topic prefix without + or #, as in mqtt://HOST/event</source>
        <translation>يحتاج «{url}» إلى بادئة موضوع بلا + أو #، مثل mqtt://HOST/event</translation>
    </message>
    <message>
        <source>the broker refused: {why}</source>
        <translation>رفض الوسيط: {why}</translation>
    </message>
    <message>
        <source>lost the broker at {where}</source>
        <translation>انقطع الاتصال بالوسيط في {where}</translation>
    </message>
    <message>
        <source>cannot reach the broker at {where}</source>
        <translation>تعذر الوصول إلى الوسيط في {where}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Session Runner host console</source>
        <translation>وحدة تحكم المنسق في Session Runner</translation>
    </message>
    <message>
        <source>Runs the clock of the day&apos;s session</source>
        <translation>تضبط توقيت جلسة اليوم</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>برنامج الجلسة</translation>
    </message>
    <message>
        <source>Every segment of the day with its planned and actual times and status; Enter starts the selected one</source>
        <translation>كل فقرات اليوم بأوقاتها المقررة والفعلية وحالتها؛ يبدأ مفتاح الإدخال الفقرة المحددة</translation>
    </message>
    <message>
        <source>Countdown of the running segment</source>
        <translation>العد التنازلي للفقرة الجارية</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>لا شيء جارٍ الآن</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>لا تنبيهات</translation>
    </message>
    <message>
        <source>Note on the running segment</source>
        <translation>ملاحظة على الفقرة الجارية</translation>
    </message>
    <message>
        <source>Type a note and press Enter to log it</source>
        <translation>اكتب ملاحظة واضغط مفتاح الإدخال لتسجيلها</translation>
    </message>
    <message>
        <source>Message to the chair</source>
        <translation>رسالة إلى الرئيس</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen; Enter sends it</source>
        <translation>تظهر بخط كبير على شاشة الرئيس؛ يرسلها مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>قائمة المتكلمين</translation>
    </message>
    <message>
        <source>The speakers in order; drag one to move it</source>
        <translation>المتكلمون بالترتيب؛ اسحب اسمًا لنقله</translation>
    </message>
    <message>
        <source>Countdown of the speaker&apos;s turn</source>
        <translation>العد التنازلي لمدة الكلمة</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>لا متكلم</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>متكلم جديد</translation>
    </message>
    <message>
        <source>Type a name and press Enter to add it to the list</source>
        <translation>اكتب اسمًا واضغط مفتاح الإدخال لإضافته إلى القائمة</translation>
    </message>
    <message>
        <source>New speaker&apos;s time limit</source>
        <translation>المدة المخصصة للمتكلم الجديد</translation>
    </message>
    <message>
        <source>Optional: 90s, 3m or 2:00</source>
        <translation>اختياري: 90s أو 3m أو 2:00</translation>
    </message>
    <message>
        <source>New delegation&apos;s category</source>
        <translation>فئة الوفد الجديد</translation>
    </message>
    <message>
        <source>On a floor: the category of the delegation typed; its limit is the category&apos;s</source>
        <translation>في قائمة الوفود: فئة الوفد المكتوب؛ حدّه الزمني هو حدّ فئته</translation>
    </message>
    <message>
        <source>New delegation&apos;s rank</source>
        <translation>رتبة الوفد الجديد</translation>
    </message>
    <message>
        <source>In protocol order: the rank of who speaks for the delegation typed; it takes its place by it</source>
        <translation>حسب الترتيب البروتوكولي: رتبة من يتكلم باسم الوفد المكتوب؛ ويأخذ الوفد مكانه وفقًا لها</translation>
    </message>
    <message>
        <source>Move the speaker up</source>
        <translation>تقديم المتكلم</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place earlier</source>
        <translation>يقدّم المتكلم المحدد مرتبة واحدة</translation>
    </message>
    <message>
        <source>Move the speaker down</source>
        <translation>تأخير المتكلم</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place later</source>
        <translation>يؤخّر المتكلم المحدد مرتبة واحدة</translation>
    </message>
    <message>
        <source>Skip the speaker</source>
        <translation>تخطي المتكلم</translation>
    </message>
    <message>
        <source>Skips the selected speaker, or brings them back</source>
        <translation>يتخطى المتكلم المحدد أو يعيده</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>شطب من القائمة</translation>
    </message>
    <message>
        <source>Strikes the selected delegation still waiting from the list</source>
        <translation>يشطب الوفد المحدد الذي لا يزال ينتظر من القائمة</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every key of the console and what it does</source>
        <translation>كل مفاتيح وحدة التحكم ووظيفة كل منها</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss this alert</source>
        <translation>إغلاق هذا التنبيه</translation>
    </message>
    <message>
        <source>Hides the alert; the log keeps it</source>
        <translation>يخفي التنبيه؛ ويبقى محفوظًا في السجل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nothing to export: this session keeps no timing log</source>
        <translation>لا شيء للتصدير: لا تحتفظ هذه الجلسة بسجل توقيت</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Chair&apos;s summary written to %1 (%2 files)</source>
        <translation>كُتب موجز الرئيس في %1 (%2 ملفات)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>%1 from the next start</source>
        <translation>%1 ابتداءً من التشغيل القادم</translation>
    </message>
    <message>
        <source>cannot open the timing log: %1</source>
        <translation>تعذر فتح سجل التوقيت: %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot open the timing log: %1</source>
        <translation>تعذر فتح سجل التوقيت: %1</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>أي يوم؟</translation>
    </message>
    <message>
        <source>%1 has several days:</source>
        <translation>يتضمن «%1» عدة أيام:</translation>
    </message>
    <message>
        <source>This day is already open.</source>
        <translation>هذا اليوم مفتوح بالفعل.</translation>
    </message>
    <message>
        <source>Close this day and open &apos;%1&apos;? Its log is safe: opening it again resumes it.</source>
        <translation>هل تريد إغلاق هذا اليوم وفتح «%1»؟ سجله محفوظ: وإعادة فتحه تستأنفه.</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair — %1</source>
        <translation>الرئيس — %1</translation>
    </message>
    <message>
        <source>Chair&apos;s screen</source>
        <translation>شاشة الرئيس</translation>
    </message>
    <message>
        <source>What runs now, the time left, and who speaks next</source>
        <translation>الفقرة الجارية والوقت المتبقي والمتكلم التالي</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>انتهت أعمال اليوم</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>انتهى اليوم</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>في انتظار البدء</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>التالي ≈ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>التالي ≈ %1: %2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>العد التنازلي</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>لا شيء جارٍ الآن</translation>
    </message>
    <message>
        <source>ENDING SOON</source>
        <translation>الوقت يوشك على الانتهاء</translation>
    </message>
    <message>
        <source>FINAL SECONDS</source>
        <translation>الثواني الأخيرة</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>تجاوز الوقت بـ %n دقيقة</numerusform>
            <numerusform>تجاوز الوقت بدقيقة واحدة</numerusform>
            <numerusform>تجاوز الوقت بدقيقتين</numerusform>
            <numerusform>تجاوز الوقت بـ %n دقائق</numerusform>
            <numerusform>تجاوز الوقت بـ %n دقيقة</numerusform>
            <numerusform>تجاوز الوقت بـ %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>تبقى %n ثانية</numerusform>
            <numerusform>تبقى ثانية واحدة</numerusform>
            <numerusform>تبقى ثانيتان</numerusform>
            <numerusform>تبقى %n ثوانٍ</numerusform>
            <numerusform>تبقى %n ثانية</numerusform>
            <numerusform>تبقى %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>تبقى %n دقيقة</numerusform>
            <numerusform>تبقى دقيقة واحدة</numerusform>
            <numerusform>تبقى دقيقتان</numerusform>
            <numerusform>تبقى %n دقائق</numerusform>
            <numerusform>تبقى %n دقيقة</numerusform>
            <numerusform>تبقى %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1</source>
        <translation>متوقف مؤقتًا، %1</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>تجاوز الوقت</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>and %1 more (see the details)</source>
        <translation>و%1 غيرها (انظر التفاصيل)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open an agenda</source>
        <translation>فتح برنامج</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>البرامج (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the chair&apos;s summary to</source>
        <translation>تصدير موجز الرئيس إلى</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>متأخر %1 ث</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>متأخر %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>متقدم %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>Ends ≈ %1</source>
        <translation>الانتهاء ≈ %1</translation>
    </message>
    <message>
        <source>hard stop %1 AT RISK</source>
        <translation>موعد الانتهاء الإلزامي %1 مهدد</translation>
    </message>
    <message>
        <source>hard stop %1</source>
        <translation>موعد الانتهاء الإلزامي %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>انتهى اليوم</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation>انتهى في %1</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date as Qt formats one: weekday, day, month, year</comment>
        <translation>ddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>HostActions</name>
    <message>
        <source>Start / Next</source>
        <translation>ابدأ / التالي</translation>
    </message>
    <message>
        <source>Start the first segment, or end this one and start the next</source>
        <translation>بدء الفقرة الأولى، أو إنهاء الفقرة الجارية وبدء التالية</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>إيقاف مؤقت / استئناف</translation>
    </message>
    <message>
        <source>Pause or resume the running segment</source>
        <translation>إيقاف الفقرة الجارية مؤقتًا أو استئنافها</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>المتكلم التالي</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>إعطاء الكلمة للمتكلم التالي</translation>
    </message>
    <message>
        <source>Previous speaker</source>
        <translation>المتكلم السابق</translation>
    </message>
    <message>
        <source>Undo the last move of the floor</source>
        <translation>التراجع عن آخر انتقال للكلمة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Reopen the previous segment (Space was pressed too early)</source>
        <translation>إعادة فتح الفقرة السابقة (ضُغط مفتاح المسافة مبكرًا)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 د</translation>
    </message>
    <message>
        <source>Add a minute to the running segment</source>
        <translation>إضافة دقيقة إلى الفقرة الجارية</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 د</translation>
    </message>
    <message>
        <source>Remove a minute from the running segment</source>
        <translation>حذف دقيقة من الفقرة الجارية</translation>
    </message>
    <message>
        <source>Hold next</source>
        <translation>تعليق التالية</translation>
    </message>
    <message>
        <source>On an auto-start day, keep the next segment from starting by itself (again to release it)</source>
        <translation>في يوم البدء التلقائي، منع الفقرة التالية من البدء تلقائيًا (مرة أخرى لإلغاء التعليق)</translation>
    </message>
    <message>
        <source>Skip next</source>
        <translation>تخطي التالية</translation>
    </message>
    <message>
        <source>Skip the next segment (again to bring it back)</source>
        <translation>تخطي الفقرة التالية (مرة أخرى لإعادتها)</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation>الانتقال إلى المحددة</translation>
    </message>
    <message>
        <source>Start the segment selected in the rundown (or Enter on it)</source>
        <translation>بدء الفقرة المحددة في برنامج الجلسة (أو مفتاح الإدخال عليها)</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>إنهاء اليوم</translation>
    </message>
    <message>
        <source>End the running segment and close the day</source>
        <translation>إنهاء الفقرة الجارية واختتام اليوم</translation>
    </message>
    <message>
        <source>Open agenda…</source>
        <translation>فتح برنامج…</translation>
    </message>
    <message>
        <source>Open another agenda file (YAML); a file dropped on the window opens too</source>
        <translation>فتح ملف برنامج آخر (YAML)؛ ويُفتح أيضًا الملف الذي يُسحب إلى النافذة</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير الموجز…</translation>
    </message>
    <message>
        <source>Write the chair&apos;s summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder</source>
        <translation>حفظ موجز الرئيس (HTML وPDF وMarkdown وCSV وJSON Lines) في مجلد</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it</source>
        <translation>استيراد برنامج (جدول بيانات أو تقويم أو schedule.xml أو نص ملصق) وفتحه</translation>
    </message>
    <message>
        <source>Add speakers&apos; list from a file…</source>
        <translation>إضافة قائمة متكلمين من ملف…</translation>
    </message>
    <message>
        <source>Add a list of speakers (CSV: delegation, category, speaker) to the running floor</source>
        <translation>إضافة قائمة متكلمين (CSV: الوفد، الفئة، المتكلم) إلى قائمة الوفود الجارية</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list…</source>
        <translation>لصق قائمة متكلمين…</translation>
    </message>
    <message>
        <source>Paste a list of speakers, a delegation a line, onto the running floor</source>
        <translation>لصق قائمة متكلمين، وفد في كل سطر، في قائمة الوفود الجارية</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>إضافة متكلم</translation>
    </message>
    <message>
        <source>Type speakers&apos; names: Enter adds each and keeps the box; Escape gives the keys back</source>
        <translation>اكتب أسماء المتكلمين: Enter يضيف كل اسم ويُبقي الخانة؛ Escape يعيد المفاتيح إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>A point of order: the speaker&apos;s clock stops, never charged to the delegation (again to end it)</source>
        <translation>نقطة نظام: يتوقف توقيت المتكلم، ولا يُحتسب هذا الوقت أبدًا على الوفد (اضغط مرة أخرى لإنهائها)</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>حق الرد</translation>
    </message>
    <message>
        <source>The selected delegation (or the one speaking) asks for the right of reply: heard after the list</source>
        <translation>يطلب الوفد المحدد (أو الوفد المتكلم) ممارسة حق الرد: يُعطى الكلمة بعد انتهاء القائمة</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>شطب من القائمة</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list: it will not speak</source>
        <translation>شطب الوفد المحدد (أو المتكلم) الذي لا يزال ينتظر من القائمة: لن يأخذ الكلمة</translation>
    </message>
    <message>
        <source>Draw lots</source>
        <translation>إجراء القرعة</translation>
    </message>
    <message>
        <source>Order the delegations still waiting by drawing lots (among equals in rank); the seed is logged</source>
        <translation>ترتيب الوفود التي لا تزال تنتظر بالقرعة (بين المتساوين في الرتبة)؛ تُسجَّل البذرة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Write a note against the running segment</source>
        <translation>كتابة ملاحظة على الفقرة الجارية</translation>
    </message>
    <message>
        <source>Message chair</source>
        <translation>رسالة إلى الرئيس</translation>
    </message>
    <message>
        <source>Send a message to the chair&apos;s screen</source>
        <translation>إرسال رسالة إلى شاشة الرئيس</translation>
    </message>
    <message>
        <source>Mute alerts</source>
        <translation>كتم التنبيهات</translation>
    </message>
    <message>
        <source>Silence alert sounds (banners still show)</source>
        <translation>كتم أصوات التنبيهات (تبقى الأشرطة ظاهرة)</translation>
    </message>
    <message>
        <source>Chair view</source>
        <translation>عرض الرئيس</translation>
    </message>
    <message>
        <source>Show or hide the chair&apos;s window</source>
        <translation>إظهار نافذة الرئيس أو إخفاؤها</translation>
    </message>
    <message>
        <source>Chair full screen</source>
        <translation>الرئيس بملء الشاشة</translation>
    </message>
    <message>
        <source>Put the chair&apos;s window full screen on the chosen screen</source>
        <translation>عرض نافذة الرئيس بملء الشاشة المختارة</translation>
    </message>
    <message>
        <source>Share live views…</source>
        <translation>مشاركة العروض المباشرة…</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, speakers&apos; and stage views to browsers elsewhere: links, QR codes</source>
        <translation>تقديم عروض الرئيس والمتكلمين والمنصة إلى متصفحات أخرى: روابط ورموز QR</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>السمة الداكنة</translation>
    </message>
    <message>
        <source>Switch between the light and the dark palette (for dim control rooms)</source>
        <translation>التبديل بين الألوان الفاتحة والداكنة (لغرف التحكم الخافتة الإضاءة)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>White on black, yellow for the selection: for low vision or a washed-out screen</source>
        <translation>أبيض على أسود، وأصفر للتحديد: لضعاف البصر أو للشاشات الباهتة</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>عرض كل الاختصارات</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Take back the last action on the day (a stray Space, a skip…); again for the one before</source>
        <translation>التراجع عن آخر إجراء في اليوم (ضغطة مسافة خاطئة، تخطٍّ…)؛ ومرة أخرى عن الإجراء الذي قبله</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>إعادة ما تم التراجع عنه</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Quit (the timing log is already safe on disk)</source>
        <translation>الخروج (سجل التوقيت محفوظ بالفعل على القرص)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>Enter (in the rundown)</source>
        <translation>مفتاح الإدخال (في برنامج الجلسة)</translation>
    </message>
    <message>
        <source>Start the selected segment</source>
        <translation>بدء الفقرة المحددة</translation>
    </message>
</context>
<context>
    <name>HostMenus</name>
    <message>
        <source>Previous speaker</source>
        <translation>المتكلم السابق</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>المتكلم التالي</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;حديث</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>ال&amp;متكلمون</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>ال&amp;رئيس</translation>
    </message>
    <message>
        <source>Chair screen</source>
        <translation>شاشة الرئيس</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>ال&amp;تنبيهات</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Speakers and chair</source>
        <translation>المتكلمون والرئيس</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Note on the running segment (N, Enter to save)…</source>
        <translation>ملاحظة على الفقرة الجارية (N، ومفتاح الإدخال للحفظ)…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>الرئيس:</translation>
    </message>
    <message>
        <source>Chair&apos;s language</source>
        <translation>لغة الرئيس</translation>
    </message>
    <message>
        <source>Same as the host&apos;s</source>
        <translation>نفس لغة المنسق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>حدد أولًا فقرة في برنامج الجلسة</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>حدد وفدًا في قائمة المتكلمين أولًا</translation>
    </message>
    <message>
        <source>Draw lots for the order of the delegations still waiting?</source>
        <translation>إجراء القرعة لترتيب الوفود التي لا تزال تنتظر؟</translation>
    </message>
    <message>
        <source>Lots drawn: seed %1 (in the log; the same seed gives the same order)</source>
        <translation>أُجريت القرعة: البذرة %1 (في السجل؛ البذرة نفسها تعطي الترتيب نفسه)</translation>
    </message>
    <message>
        <source>pasted list</source>
        <translation>القائمة الملصقة</translation>
    </message>
    <message>
        <source>Start a segment with a floor first: the list is added to it</source>
        <translation>ابدأ أولًا جزءًا له قائمة وفود: تُضاف القائمة إليه</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) added to the floor</source>
        <translation>
            <numerusform>لم يُضف أي وفد إلى القائمة</numerusform>
            <numerusform>أُضيف وفد واحد إلى القائمة</numerusform>
            <numerusform>أُضيف وفدان إلى القائمة</numerusform>
            <numerusform>أُضيفت %n وفود إلى القائمة</numerusform>
            <numerusform>أُضيف %n وفدًا إلى القائمة</numerusform>
            <numerusform>أُضيف %n وفد إلى القائمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Add speakers&apos; list</source>
        <translation>إضافة قائمة متكلمين</translation>
    </message>
    <message>
        <source>Lists of speakers (*.csv *.txt)</source>
        <translation>قوائم المتكلمين (*.csv *.txt)</translation>
    </message>
    <message>
        <source>A delegation a line (a code or a name), or CSV: delegation, category, speaker</source>
        <translation>وفد في كل سطر (رمز أو اسم)، أو CSV: الوفد، الفئة، المتكلم</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list</source>
        <translation>لصق قائمة متكلمين</translation>
    </message>
    <message>
        <source>End the day? What has not run stays not started.</source>
        <translation>هل تريد إنهاء اليوم؟ ما لم يُعقد يبقى غير مبدوء.</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>حُفظت الملاحظة</translation>
    </message>
    <message>
        <source>✓ on the chair&apos;s screen</source>
        <translation>✓ على شاشة الرئيس</translation>
    </message>
    <message>
        <source>No upcoming segment to hold</source>
        <translation>لا توجد فقرة قادمة لتعليقها</translation>
    </message>
    <message>
        <source>⌨ Typing · Esc gives the keys back</source>
        <translation>⌨ كتابة · Esc يعيد المفاتيح</translation>
    </message>
    <message>
        <source>Keys: console</source>
        <translation>المفاتيح: لوحة التحكم</translation>
    </message>
    <message>
        <source>Letters you type go into the box; Escape or a click on the rundown gives them back to the console</source>
        <translation>ما تكتبه يدخل الخانة؛ Escape أو نقرة على برنامج الجلسة يعيد المفاتيح إلى لوحة التحكم</translation>
    </message>
    <message>
        <source>Single keys act on the day: Space, S, N, M, A, P, +, −…; a text box takes them once you type in it</source>
        <translation>المفاتيح المفردة تعمل على اليوم: Space وS وN وM وA وP و+ و−…؛ وتأخذها خانة النص حين تكتب فيها</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>This computer slept for %1; the clocks counted through it.</source>
        <translation>كان هذا الحاسوب في وضع السكون مدة %1؛ وواصلت الساعات العد.</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>انتهى اليوم</translation>
    </message>
    <message>
        <source>Ready · Space starts</source>
        <translation>جاهز · مفتاح المسافة للبدء</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>انتهت أعمال اليوم</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>التالي ≈ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>التالي ≈ %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 here</source>
        <translation>%1 %2 هنا</translation>
    </message>
    <message>
        <source>Message to the chair (M, Enter sends; empty clears)</source>
        <translation>رسالة إلى الرئيس (M؛ مفتاح الإدخال يرسل؛ الفراغ يمسح)</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen</source>
        <translation>تظهر بخط كبير على شاشة الرئيس</translation>
    </message>
    <message>
        <source>&apos;to&apos; must be a place in the list: 1, 2, …</source>
        <translation>يجب أن تكون &apos;to&apos; مكانًا في القائمة: 1، 2، …</translation>
    </message>
    <message>
        <source>H holds a segment back from starting by itself, which happens only on auto-start days; today every segment starts when you press Space</source>
        <translation>يمنع المفتاح H الفقرة من البدء تلقائيًا، وهذا لا يحدث إلا في أيام البدء التلقائي؛ واليوم تبدأ كل فقرة عند الضغط على مفتاح المسافة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is held: it starts when you press Space (H lets it start by itself)</source>
        <translation>عُلقت «%1»: تبدأ عند الضغط على مفتاح المسافة (يسمح لها H بالبدء تلقائيًا)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is released: it starts by itself at %2</source>
        <translation>أُلغي تعليق «%1»: تبدأ تلقائيًا في %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme — %1</source>
        <translation>استيراد برنامج — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the date, or the one day to keep</source>
        <translation>YYYY-MM-DD: التاريخ، أو اليوم الوحيد المراد الإبقاء عليه</translation>
    </message>
    <message>
        <source>e.g. America/New_York, where the source names none</source>
        <translation>مثل America/New_York، إن لم يحدد المصدر منطقة</translation>
    </message>
    <message>
        <source>the room to keep, where there are several</source>
        <translation>القاعة المراد الإبقاء عليها، إن كانت هناك عدة قاعات</translation>
    </message>
    <message>
        <source>the agenda&apos;s title (default: the source&apos;s)</source>
        <translation>عنوان البرنامج (الافتراضي: عنوان المصدر)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>معاينة مرة أخرى</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Guessed or cut</source>
        <translation>مُستنتَج أو مقتطَع</translation>
    </message>
    <message>
        <source>Left out, cut and guessed</source>
        <translation>ما تُرك وما اقتُطع وما استُنتج</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>حفظ وفتح…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD</source>
        <translation>«%1» ليس تاريخًا؛ اكتب YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>the Time zone above</source>
        <translation>المنطقة الزمنية أعلاه</translation>
    </message>
    <message>
        <source>the Date above</source>
        <translation>التاريخ أعلاه</translation>
    </message>
    <message>
        <source>the Room above</source>
        <translation>القاعة أعلاه</translation>
    </message>
    <message>
        <source>%1: %2 days, %3 segments, in %4</source>
        <translation>%1: الأيام %2، والفقرات %3، بتوقيت %4</translation>
    </message>
    <message>
        <source>%1 %2 guessed: check them before the meeting</source>
        <translation>%1 %2 مُستنتجة: تحقق منها قبل الاجتماع</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>تُرك: %n</numerusform>
            <numerusform>تُرك: %n</numerusform>
            <numerusform>تُرك: %n</numerusform>
            <numerusform>تُرك: %n</numerusform>
            <numerusform>تُرك: %n</numerusform>
            <numerusform>تُرك: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut to fit: %n</source>
        <translation>
            <numerusform>اقتُطع ليتسع: %n</numerusform>
            <numerusform>اقتُطع ليتسع: %n</numerusform>
            <numerusform>اقتُطع ليتسع: %n</numerusform>
            <numerusform>اقتُطع ليتسع: %n</numerusform>
            <numerusform>اقتُطع ليتسع: %n</numerusform>
            <numerusform>اقتُطع ليتسع: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guessed: %n</source>
        <translation>
            <numerusform>مُستنتَج: %n</numerusform>
            <numerusform>مُستنتَج: %n</numerusform>
            <numerusform>مُستنتَج: %n</numerusform>
            <numerusform>مُستنتَج: %n</numerusform>
            <numerusform>مُستنتَج: %n</numerusform>
            <numerusform>مُستنتَج: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the agenda as</source>
        <translation>حفظ البرنامج باسم</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>جدول الأعمال (%1)</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: تتعذر الكتابة: %2</translation>
    </message>
    <message>
        <source>Programmes (%1)</source>
        <translation>البرامج (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>كل الملفات (%1)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>استيراد برنامج</translation>
    </message>
</context>
<context>
    <name>InsertBar</name>
    <message>
        <source>Title of the segment to insert</source>
        <translation>عنوان الفقرة المراد إدراجها</translation>
    </message>
    <message>
        <source>Length (5m)</source>
        <translation>المدة (5m)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Intermission</source>
        <translation>الاستراحة</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>فترة الراحة</translation>
    </message>
    <message>
        <source>Speakers (names, commas between)</source>
        <translation>المتكلمون (أسماء تفصل بينها فواصل)</translation>
    </message>
    <message>
        <source>Each (3m)</source>
        <translation>لكل متكلم (3m)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Fixed start (HH:MM)</source>
        <translation>بداية ثابتة (HH:MM)</translation>
    </message>
    <message>
        <source>Insert next:</source>
        <translation>إدراج تاليًا:</translation>
    </message>
    <message>
        <source>Enter adds · Esc cancels</source>
        <translation>Enter للإضافة · Esc للإلغاء</translation>
    </message>
    <message>
        <source>Title to insert</source>
        <translation>العنوان المراد إدراجه</translation>
    </message>
    <message>
        <source>The title of the segment to insert next</source>
        <translation>عنوان الفقرة التي ستُدرج تاليًا</translation>
    </message>
    <message>
        <source>Length to insert</source>
        <translation>المدة المراد إدراجها</translation>
    </message>
    <message>
        <source>Its length, as 5m or 1h10m; Enter inserts</source>
        <translation>مدتها، مثل 5m أو 1h10m؛ Enter للإدراج</translation>
    </message>
    <message>
        <source>Kind to insert</source>
        <translation>نوع الفقرة المُدرجة</translation>
    </message>
    <message>
        <source>A segment, an intermission or a break</source>
        <translation>فقرة أو استراحة أو فترة راحة</translation>
    </message>
    <message>
        <source>Speakers to insert</source>
        <translation>المتكلمون في الفقرة المُدرجة</translation>
    </message>
    <message>
        <source>A speakers&apos; list: names, commas between</source>
        <translation>قائمة المتكلمين: أسماء تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Limit for each speaker</source>
        <translation>الحد لكل متكلم</translation>
    </message>
    <message>
        <source>Each speaker&apos;s time, as 3m or 2m30s</source>
        <translation>المدة المخصصة لكل متكلم، مثل 3m أو 2m30s</translation>
    </message>
    <message>
        <source>Notes to insert</source>
        <translation>ملاحظات الفقرة المُدرجة</translation>
    </message>
    <message>
        <source>Notes for the host, shown with the segment</source>
        <translation>ملاحظات لمدير الجلسة، تُعرض مع الفقرة</translation>
    </message>
    <message>
        <source>Fixed start to insert</source>
        <translation>البداية الثابتة للفقرة المُدرجة</translation>
    </message>
    <message>
        <source>HH:MM: it never starts before then</source>
        <translation>HH:MM: لا تبدأ قبل ذلك أبدًا</translation>
    </message>
</context>
<context>
    <name>LogTroubleBar</name>
    <message>
        <source>THE TIMING LOG CANNOT BE WRITTEN (%1): your last action is not applied yet. The clock keeps counting; the screens show the day as the log has it. Free space on the log&apos;s disk: the action is written, at the time you took it, as soon as it can be (tried every %2 s).</source>
        <translation>تتعذر الكتابة في سجل التوقيت (%1): لم يُطبق إجراؤك الأخير بعد. تواصل الساعة العد؛ وتعرض الشاشات اليوم كما هو في السجل. أفرغ مساحة على قرص السجل: سيُكتب الإجراء بالوقت الذي اتخذته فيه حالما يتسنى ذلك (تُعاد المحاولة كل %2 ث).</translation>
    </message>
    <message>
        <source>The timing log is written again: the %1 events that waited are on disk and shown.</source>
        <translation>عادت الكتابة في سجل التوقيت: حُفظت الأحداث المنتظرة وعددها %1 وهي معروضة.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Put these notices away (the status bar keeps them)</source>
        <translation>إخفاء هذه الإشعارات (يحتفظ بها شريط الحالة)</translation>
    </message>
    <message>
        <source>Dismiss the notices</source>
        <translation>إغلاق الإشعارات</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Session Runner — rooms at %1</source>
        <translation>Session Runner — القاعات على %1</translation>
    </message>
    <message>
        <source>Waiting for rooms at %1…</source>
        <translation>في انتظار القاعات على %1…</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>الوسيط</translation>
    </message>
</context>
<context>
    <name>PublishControl</name>
    <message>
        <source>Publish to a broker…</source>
        <translation>النشر إلى وسيط…</translation>
    </message>
    <message>
        <source>Send this room&apos;s state to an MQTT broker, for the overview and remote views</source>
        <translation>إرسال حالة هذه القاعة إلى وسيط MQTT، للعرض العام والعروض البعيدة</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>إيقاف النشر</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 باسم %2</translation>
    </message>
    <message>
        <source>Not publishing: the broker remembered for this agenda (%1, room “%2”) was for another timing log. Session → Publish to a broker… publishes this one.</source>
        <translation>لا نشر: الوسيط المحفوظ لجدول الأعمال هذا (%1، القاعة «%2») كان لسجل توقيت آخر. الجلسة ← النشر إلى وسيط… ينشر هذا السجل.</translation>
    </message>
    <message>
        <source>Not publishing yet: %1 wants a password. Session → Publish to a broker… asks for it.</source>
        <translation>لم يبدأ النشر بعد: يطلب %1 كلمة مرور. الجلسة ← النشر إلى وسيط… يطلبها.</translation>
    </message>
    <message>
        <source>Publishing as room “%1” (this agenda&apos;s own) to %2; room “%3” is offline now</source>
        <translation>النشر باسم القاعة «%1» (قاعة جدول الأعمال هذا) إلى %2؛ القاعة «%3» غير متصلة الآن</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2, as remembered for this agenda</source>
        <translation>النشر باسم القاعة «%1» إلى %2، كما حُفظ لجدول الأعمال هذا</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2</source>
        <translation>النشر باسم القاعة «%1» إلى %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a broker</source>
        <translation>النشر إلى وسيط</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>عنوان الوسيط</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal at %1×</source>
        <translation>تمرين بسرعة %1×</translation>
    </message>
    <message>
        <source>%1: a second is %2 s of the programme; log %3</source>
        <translation>%1: الثانية تعادل %2 ث من البرنامج؛ السجل %3</translation>
    </message>
    <message>
        <source>Rehearse… (60×)</source>
        <translation>تمرين… (60×)</translation>
    </message>
    <message>
        <source>Run this day in its own windows at 60× (a second is a minute), with its own log</source>
        <translation>تشغيل هذا اليوم في نوافذه الخاصة بسرعة 60× (الثانية دقيقة)، بسجل خاص</translation>
    </message>
</context>
<context>
    <name>RoomTileWidget</name>
    <message>
        <source>last known</source>
        <translation>آخر حالة معروفة</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>لا إشارة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>انتهى اليوم</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>انتهت أعمال اليوم</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>في انتظار البدء</translation>
    </message>
</context>
<context>
    <name>RundownEditor</name>
    <message>
        <source>Insert segment…</source>
        <translation>إدراج فقرة…</translation>
    </message>
    <message>
        <source>Add a segment after the running one: its title, Tab, its length, Enter</source>
        <translation>إضافة فقرة بعد الجارية: عنوانها، Tab، مدتها، Enter</translation>
    </message>
    <message>
        <source>Accept recovery plan</source>
        <translation>قبول خطة التدارك</translation>
    </message>
    <message>
        <source>Make the cuts the recovery plan proposes to hold the hard stop</source>
        <translation>تطبيق الاختصارات التي تقترحها الخطة للالتزام بموعد الانتهاء الإلزامي</translation>
    </message>
    <message>
        <source>Set recovery plan aside</source>
        <translation>تنحية خطة التدارك جانبًا</translation>
    </message>
    <message>
        <source>Not now: a new plan is offered only when it changes</source>
        <translation>ليس الآن: لا تُعرض خطة جديدة إلا إذا تغيرت</translation>
    </message>
    <message>
        <source>Change length…</source>
        <translation>تغيير المدة…</translation>
    </message>
    <message>
        <source>Change the planned length of the selected segment (not yet started)</source>
        <translation>تغيير المدة المقررة للفقرة المحددة (لم تبدأ بعد)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename the selected segment (not yet started)</source>
        <translation>إعادة تسمية الفقرة المحددة (لم تبدأ بعد)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move the selected segment one place earlier (among those to come)</source>
        <translation>تقديم الفقرة المحددة مرتبة واحدة (بين الفقرات القادمة)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move the selected segment one place later</source>
        <translation>تأخير الفقرة المحددة مرتبة واحدة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected segment from the day (not yet started)</source>
        <translation>إزالة الفقرة المحددة من اليوم (لم تبدأ بعد)</translation>
    </message>
    <message>
        <source>Speakers&apos; limit…</source>
        <translation>حد المتحدثين…</translation>
    </message>
    <message>
        <source>Give the selected segment&apos;s waiting speakers a limit, or drop it</source>
        <translation>تحديد حد للمتحدثين المنتظرين في الفقرة المحددة، أو إلغاؤه</translation>
    </message>
    <message>
        <source>Save rundown as…</source>
        <translation>حفظ البرنامج باسم…</translation>
    </message>
    <message>
        <source>Write the day as changed to an agenda file</source>
        <translation>كتابة اليوم بعد التغيير في ملف جدول أعمال</translation>
    </message>
    <message>
        <source>&amp;Rundown</source>
        <translation>&amp;البرنامج</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2); it runs next</source>
        <translation>أُدرج &apos;%1&apos; (%2)؛ ويأتي تاليًا</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2) to start at %3</source>
        <translation>أُدرج &apos;%1&apos; (%2) ليبدأ في %3</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the day?</source>
        <translation>هل تريد إزالة &apos;%1&apos; من اليوم؟</translation>
    </message>
    <message>
        <source>⚠ %1  Ctrl+R accepts · Ctrl+D sets it aside.</source>
        <translation>⚠ %1  Ctrl+R للقبول · Ctrl+D للتنحية.</translation>
    </message>
    <message>
        <source>No recovery plan on offer: the day ends by its hard stop</source>
        <translation>لا توجد خطة تدارك: ينتهي اليوم ضمن موعده الإلزامي</translation>
    </message>
    <message>
        <source>✓ Plan %1 accepted at %2: %3.</source>
        <translation>✓ قُبلت الخطة %1 في %2: %3.</translation>
    </message>
    <message>
        <source>No recovery plan on offer</source>
        <translation>لا توجد خطة استدراك معروضة</translation>
    </message>
    <message>
        <source>Recovery plan %1 set aside; a new one is offered when the plan changes</source>
        <translation>نُحّيت خطة التدارك %1 جانبًا؛ ستُعرض خطة جديدة عندما تتغير الخطة</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Saved the rundown as changed to %1</source>
        <translation>حُفظ البرنامج بعد التغيير في %1</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>حدد أولًا فقرة في برنامج الجلسة</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>تغيير المدة</translation>
    </message>
    <message>
        <source>Planned length (5m, 1h10m):</source>
        <translation>المدة المقررة (5m، 1h10m):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Speakers&apos; limit</source>
        <translation>حد المتحدثين</translation>
    </message>
    <message>
        <source>Limit per speaker (2m30s; empty: none):</source>
        <translation>الحد لكل متحدث (2m30s؛ فارغ: بلا حد):</translation>
    </message>
    <message>
        <source>Save rundown as</source>
        <translation>حفظ البرنامج باسم</translation>
    </message>
    <message>
        <source>Agenda files (*.yaml *.yml)</source>
        <translation>ملفات جدول الأعمال (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>خطة التدارك</translation>
    </message>
    <message>
        <source>How to hold the hard stop; Ctrl+R accepts it</source>
        <translation>كيفية الالتزام بموعد الانتهاء الإلزامي؛ Ctrl+R لقبولها</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Speaker(s)</source>
        <translation>المتكلم (المتكلمون)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Planned start in the agenda&apos;s zone</source>
        <translation>موعد البدء المقرر بتوقيت البرنامج</translation>
    </message>
    <message>
        <source>When it actually started; &apos;≈&apos; marks a projected start for what is still to come</source>
        <translation>موعد البدء الفعلي؛ وتدل «≈» على موعد بدء متوقع لما لم يبدأ بعد</translation>
    </message>
    <message>
        <source>Segment title (hover for its group and notes)</source>
        <translation>عنوان الفقرة (مرّر المؤشر لرؤية مجموعتها وملاحظاتها)</translation>
    </message>
    <message>
        <source>Speaker or speakers&apos; list</source>
        <translation>المتكلم أو قائمة المتكلمين</translation>
    </message>
    <message>
        <source>Planned length (with any minutes added or removed)</source>
        <translation>المدة المقررة (مع الدقائق المضافة أو المحذوفة)</translation>
    </message>
    <message>
        <source>Actual length; live for the running segment</source>
        <translation>المدة الفعلية؛ مباشرةً للفقرة الجارية</translation>
    </message>
    <message>
        <source>done, running, paused, next, skipped</source>
        <translation>انتهت، جارية، متوقفة مؤقتًا، التالية، متخطاة</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>تجاوزت الوقت</translation>
    </message>
    <message>
        <source>running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>next</source>
        <translation>التالية</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطاة</translation>
    </message>
</context>
<context>
    <name>ShareViewsDialog</name>
    <message>
        <source>Chair</source>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Stage (OBS)</source>
        <translation>المنصة (OBS)</translation>
    </message>
    <message>
        <source>Control API</source>
        <translation>واجهة التحكم البرمجية</translation>
    </message>
    <message>
        <source>Share live views</source>
        <translation>مشاركة العروض المباشرة</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, the speakers&apos; and the stage&apos;s views to browsers on other machines. 127.0.0.1 serves this computer only; 0.0.0.0 serves the whole local network.</source>
        <translation>تقديم عروض الرئيس والمتكلمين والمنصة إلى المتصفحات على أجهزة أخرى. يخدم 127.0.0.1 هذا الحاسوب وحده؛ ويخدم 0.0.0.0 الشبكة المحلية كلها.</translation>
    </message>
    <message>
        <source>Address (HOST:PORT)</source>
        <translation>العنوان (HOST:PORT)</translation>
    </message>
    <message>
        <source>Also offer the control API (Companion, Stream Deck), with its own link</source>
        <translation>إتاحة واجهة التحكم البرمجية أيضًا (Companion وStream Deck) برابط خاص بها</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>بدء التقديم</translation>
    </message>
    <message>
        <source>Each link opens its own view only: send each to those it is for.</source>
        <translation>كل رابط يفتح عرضه الخاص فقط: أرسل كل رابط إلى من هو مخصص له.</translation>
    </message>
    <message>
        <source>New links (the old ones stop working)</source>
        <translation>روابط جديدة (تتوقف الروابط القديمة عن العمل)</translation>
    </message>
    <message>
        <source>The host&apos;s language (follows View → Language)</source>
        <translation>لغة المنسق (تتبع عرض ← اللغة)</translation>
    </message>
    <message>
        <source>Pages in</source>
        <translation>لغة الصفحات</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>نُسخ الرابط: %1</translation>
    </message>
    <message>
        <source>Make new links? Everyone with an old link loses the view until sent a new one.</source>
        <translation>هل تريد إنشاء روابط جديدة؟ سيفقد كل من لديه رابط قديم العرض حتى يُرسل إليه رابط جديد.</translation>
    </message>
</context>
<context>
    <name>SpeakerLine</name>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Now: %1 %2 left</source>
        <translation>يتكلم الآن: %1، تبقى %2</translation>
    </message>
    <message>
        <source>Now: %1 over by %2</source>
        <translation>يتكلم الآن: %1، تجاوز بـ %2</translation>
    </message>
    <message>
        <source>Now: %1 %2</source>
        <translation>يتكلم الآن: %1 %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Replies: %1</source>
        <translation>حق الرد: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>المتكلم</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>مدة الكلمة</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>يتكلم</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>تكلم</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 — reply %2</source>
        <translation>%1 — الرد %2</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>No speaker</source>
        <translation>لا متكلم</translation>
    </message>
    <message>
        <source>Add a speaker (Enter)…</source>
        <translation>إضافة متكلم (مفتاح الإدخال)…</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Optional speaking time: 90s, 3m, 2:00 … (default: the segment&apos;s)</source>
        <translation>مدة الكلمة اختيارية: 90s أو 3m أو 2:00… (الافتراضي: مدة الفقرة)</translation>
    </message>
    <message>
        <source>Move the selected speaker up (or drag it)</source>
        <translation>تقديم المتكلم المحدد (أو اسحبه)</translation>
    </message>
    <message>
        <source>Move the selected speaker down (or drag it)</source>
        <translation>تأخير المتكلم المحدد (أو اسحبه)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Skip the selected speaker (again to bring back)</source>
        <translation>تخطي المتكلم المحدد (مرة أخرى لإعادته)</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list</source>
        <translation>شطب الوفد المحدد (أو المتكلم) الذي لا يزال ينتظر من القائمة</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد زمني</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Speaking:</source>
        <translation>يتكلم:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>التالي:</translation>
    </message>
    <message>
        <source>No speakers&apos; list: add a name below.</source>
        <translation>لا توجد قائمة متكلمين: أضف اسمًا أدناه.</translation>
    </message>
    <message>
        <source>Add a delegation: a code or a name (Enter)…</source>
        <translation>إضافة وفد: رمز أو اسم (Enter)…</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>حدّد وفدًا في قائمة المتكلمين أولًا</translation>
    </message>
    <message>
        <source>Select a speaker to move first</source>
        <translation>حدد أولًا المتكلم المراد نقله</translation>
    </message>
</context>
<context>
    <name>mqtt</name>
    <message>
        <source>connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>متصل بـ %1</translation>
    </message>
    <message>
        <source>%2 — retrying</source>
        <translation>%2 — إعادة المحاولة</translation>
    </message>
    <message>
        <source>%2 — check the user and password</source>
        <translation>%2 — تحقق من اسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>الوسيط</translation>
    </message>
</context>
</TS>
