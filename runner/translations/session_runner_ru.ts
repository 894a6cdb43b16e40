<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>&apos;{url}&apos; is not a broker URL; write mqtt://HOST[:PORT]/PREFIX</source>
        <translation>«{url}» — не адрес брокера; укажите mqtt://ХОСТ[:ПОРТ]/ПРЕФИКС</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; has a port that is not a number</source>
        <translation>порт в «{url}» — не число</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host</source>
        <translation>в «{url}» не указан хост</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; needs a topic prefix without + or #, as in mqtt://HOST/event</source>
        <translation>в «{url}» нужен префикс темы без + и #, например mqtt://ХОСТ/event</translation>
    </message>
    <message>
        <source>the broker refused: {why}</source>
        <translation>брокер отказал: {why}</translation>
    </message>
    <message>
        <source>lost the broker at {where}</source>
        <translation>потеряна связь с брокером {where}</translation>
    </message>
    <message>
        <source>cannot reach the broker at {where}</source>
        <translation>не удаётся связаться с брокером {where}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Session Runner host console</source>
        <translation>Пульт ведущего Session Runner</translation>
    </message>
    <message>
        <source>Runs the clock of the day&apos;s session</source>
        <translation>Ведёт хронометраж заседания</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Every segment of the day with its planned and actual times and status; Enter starts the selected one</source>
        <translation>Все сегменты дня с плановым и фактическим временем и состоянием; Enter запускает выбранный</translation>
    </message>
    <message>
        <source>Countdown of the running segment</source>
        <translation>Обратный отсчёт текущего сегмента</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Ничего не идёт</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>Оповещений нет</translation>
    </message>
    <message>
        <source>Note on the running segment</source>
        <translation>Заметка к текущему сегменту</translation>
    </message>
    <message>
        <source>Type a note and press Enter to log it</source>
        <translation>Введите заметку и нажмите Enter, чтобы записать её в журнал</translation>
    </message>
    <message>
        <source>Message to the chair</source>
        <translation>Сообщение председателю</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen; Enter sends it</source>
        <translation>Показывается крупным шрифтом на экране председателя; Enter отправляет</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>Список ораторов</translation>
    </message>
    <message>
        <source>The speakers in order; drag one to move it</source>
        <translation>Ораторы по порядку; перетащите, чтобы переставить</translation>
    </message>
    <message>
        <source>Countdown of the speaker&apos;s turn</source>
        <translation>Обратный отсчёт выступления</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>Оратора нет</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>Новый оратор</translation>
    </message>
    <message>
        <source>Type a name and press Enter to add it to the list</source>
        <translation>Введите имя и нажмите Enter, чтобы добавить его в список</translation>
    </message>
    <message>
        <source>New speaker&apos;s time limit</source>
        <translation>Регламент нового оратора</translation>
    </message>
    <message>
        <source>Optional: 90s, 3m or 2:00</source>
        <translation>Необязательно: 90s, 3m или 2:00</translation>
    </message>
    <message>
        <source>New delegation&apos;s category</source>
        <translation>Категория новой делегации</translation>
    </message>
    <message>
        <source>On a floor: the category of the delegation typed; its limit is the category&apos;s</source>
        <translation>В списке делегаций: категория введённой делегации; её регламент — регламент категории</translation>
    </message>
    <message>
        <source>New delegation&apos;s rank</source>
        <translation>Ранг новой делегации</translation>
    </message>
    <message>
        <source>In protocol order: the rank of who speaks for the delegation typed; it takes its place by it</source>
        <translation>В протокольном порядке: ранг того, кто выступает от имени введённой делегации; делегация занимает место согласно этому рангу</translation>
    </message>
    <message>
        <source>Move the speaker up</source>
        <translation>Переместить оратора выше</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place earlier</source>
        <translation>Перемещает выбранного оратора на одно место вперёд</translation>
    </message>
    <message>
        <source>Move the speaker down</source>
        <translation>Переместить оратора ниже</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place later</source>
        <translation>Перемещает выбранного оратора на одно место назад</translation>
    </message>
    <message>
        <source>Skip the speaker</source>
        <translation>Пропустить оратора</translation>
    </message>
    <message>
        <source>Skips the selected speaker, or brings them back</source>
        <translation>Пропускает выбранного оратора или возвращает его</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>Вычеркнуть из списка</translation>
    </message>
    <message>
        <source>Strikes the selected delegation still waiting from the list</source>
        <translation>Вычёркивает из списка выбранную ожидающую делегацию</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key of the console and what it does</source>
        <translation>Все клавиши пульта и их действие</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss this alert</source>
        <translation>Закрыть оповещение</translation>
    </message>
    <message>
        <source>Hides the alert; the log keeps it</source>
        <translation>Скрывает оповещение; в журнале оно сохраняется</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nothing to export: this session keeps no timing log</source>
        <translation>Нечего экспортировать: у этого заседания нет журнала хронометража</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <source>Chair&apos;s summary written to %1 (%2 files)</source>
        <translation>Резюме Председателя записано в %1 (файлов: %2)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>%1 from the next start</source>
        <translation>%1 — со следующего запуска</translation>
    </message>
    <message>
        <source>cannot open the timing log: %1</source>
        <translation>не удаётся открыть журнал хронометража: %1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot open the timing log: %1</source>
        <translation>Не удаётся открыть журнал хронометража: %1</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>Какой день?</translation>
    </message>
    <message>
        <source>%1 has several days:</source>
        <translation>В «%1» несколько дней:</translation>
    </message>
    <message>
        <source>This day is already open.</source>
        <translation>Этот день уже открыт.</translation>
    </message>
    <message>
        <source>Close this day and open &apos;%1&apos;? Its log is safe: opening it again resumes it.</source>
        <translation>Закрыть этот день и открыть «%1»? Его журнал сохранён: при повторном открытии работа продолжится.</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair — %1</source>
        <translation>Председатель — %1</translation>
    </message>
    <message>
        <source>Chair&apos;s screen</source>
        <translation>Экран председателя</translation>
    </message>
    <message>
        <source>What runs now, the time left, and who speaks next</source>
        <translation>Что идёт сейчас, сколько осталось времени и кто выступает следующим</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Ожидание начала</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>Далее ≈ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>Далее ≈ %1: %2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>Ничего не идёт</translation>
    </message>
    <message>
        <source>ENDING SOON</source>
        <translation>СКОРО КОНЕЦ</translation>
    </message>
    <message>
        <source>FINAL SECONDS</source>
        <translation>ПОСЛЕДНИЕ СЕКУНДЫ</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>ПАУЗА</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>Превышение на %n минуту</numerusform>
            <numerusform>Превышение на %n минуты</numerusform>
            <numerusform>Превышение на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время истекло</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Осталась %n секунда</numerusform>
            <numerusform>Осталось %n секунды</numerusform>
            <numerusform>Осталось %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Осталась %n минута</numerusform>
            <numerusform>Осталось %n минуты</numerusform>
            <numerusform>Осталось %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1</source>
        <translation>Пауза, %1</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>ВРЕМЯ ВЫШЛО</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>and %1 more (see the details)</source>
        <translation>и ещё %1 (см. подробности)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open an agenda</source>
        <translation>Открыть программу</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>Программы (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the chair&apos;s summary to</source>
        <translation>Экспортировать резюме Председателя в</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>on time</source>
        <translation>по графику</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>отставание %1 с</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>отставание %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>опережение %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Ends ≈ %1</source>
        <translation>Конец ≈ %1</translation>
    </message>
    <message>
        <source>hard stop %1 AT RISK</source>
        <translation>не позже %1 — ПОД УГРОЗОЙ</translation>
    </message>
    <message>
        <source>hard stop %1</source>
        <translation>не позже %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation>Завершено в %1</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date as Qt formats one: weekday, day, month, year</comment>
        <translation>ddd, d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>HostActions</name>
    <message>
        <source>Start / Next</source>
        <translation>Начать / Далее</translation>
    </message>
    <message>
        <source>Start the first segment, or end this one and start the next</source>
        <translation>Начать первый сегмент или завершить текущий и начать следующий</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>Пауза / Продолжить</translation>
    </message>
    <message>
        <source>Pause or resume the running segment</source>
        <translation>Приостановить или продолжить текущий сегмент</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Следующий оратор</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>Предоставить слово следующему оратору</translation>
    </message>
    <message>
        <source>Previous speaker</source>
        <translation>Предыдущий оратор</translation>
    </message>
    <message>
        <source>Undo the last move of the floor</source>
        <translation>Отменить последнюю передачу слова</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Reopen the previous segment (Space was pressed too early)</source>
        <translation>Вернуться к предыдущему сегменту (пробел нажат слишком рано)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 мин</translation>
    </message>
    <message>
        <source>Add a minute to the running segment</source>
        <translation>Добавить минуту текущему сегменту</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 мин</translation>
    </message>
    <message>
        <source>Remove a minute from the running segment</source>
        <translation>Снять минуту с текущего сегмента</translation>
    </message>
    <message>
        <source>Hold next</source>
        <translation>Задержать следующий</translation>
    </message>
    <message>
        <source>On an auto-start day, keep the next segment from starting by itself (again to release it)</source>
        <translation>В день с автозапуском не давать следующему сегменту начаться самому (повторно — отпустить)</translation>
    </message>
    <message>
        <source>Skip next</source>
        <translation>Пропустить следующий</translation>
    </message>
    <message>
        <source>Skip the next segment (again to bring it back)</source>
        <translation>Пропустить следующий сегмент (повторно — вернуть)</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation>Перейти к выбранному</translation>
    </message>
    <message>
        <source>Start the segment selected in the rundown (or Enter on it)</source>
        <translation>Начать выбранный в программе сегмент (или Enter на нём)</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>Завершить день</translation>
    </message>
    <message>
        <source>End the running segment and close the day</source>
        <translation>Завершить текущий сегмент и закрыть день</translation>
    </message>
    <message>
        <source>Open agenda…</source>
        <translation>Открыть программу…</translation>
    </message>
    <message>
        <source>Open another agenda file (YAML); a file dropped on the window opens too</source>
        <translation>Открыть другой файл программы (YAML); файл, перетащенный на окно, тоже откроется</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Экспорт резюме…</translation>
    </message>
    <message>
        <source>Write the chair&apos;s summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder</source>
        <translation>Записать резюме Председателя (HTML, PDF, Markdown, CSV, JSON Lines) в папку</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it</source>
        <translation>Импортировать программу (таблица, календарь, schedule.xml, вставленный текст) и открыть её</translation>
    </message>
    <message>
        <source>Add speakers&apos; list from a file…</source>
        <translation>Добавить список выступающих из файла…</translation>
    </message>
    <message>
        <source>Add a list of speakers (CSV: delegation, category, speaker) to the running floor</source>
        <translation>Добавить список выступающих (CSV: делегация, категория, выступающий) в текущий список делегаций</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list…</source>
        <translation>Вставить список выступающих…</translation>
    </message>
    <message>
        <source>Paste a list of speakers, a delegation a line, onto the running floor</source>
        <translation>Вставить список выступающих, по делегации на строку, в текущий список делегаций</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>Добавить оратора</translation>
    </message>
    <message>
        <source>Type speakers&apos; names: Enter adds each and keeps the box; Escape gives the keys back</source>
        <translation>Введите имена ораторов: Enter добавляет каждое и оставляет поле; Escape возвращает клавиши</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Выступление по порядку ведения заседания</translation>
    </message>
    <message>
        <source>A point of order: the speaker&apos;s clock stops, never charged to the delegation (again to end it)</source>
        <translation>Выступление по порядку ведения заседания: отсчёт времени оратора останавливается, это время не засчитывается делегации (повторно — чтобы завершить)</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Право на ответ</translation>
    </message>
    <message>
        <source>The selected delegation (or the one speaking) asks for the right of reply: heard after the list</source>
        <translation>Выбранная делегация (или выступающая) просит предоставить ей право на ответ: после завершения списка</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>Вычеркнуть из списка</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list: it will not speak</source>
        <translation>Вычеркнуть из списка выбранную ожидающую делегацию (или выступающего): она не выступит</translation>
    </message>
    <message>
        <source>Draw lots</source>
        <translation>Жеребьёвка</translation>
    </message>
    <message>
        <source>Order the delegations still waiting by drawing lots (among equals in rank); the seed is logged</source>
        <translation>Упорядочить ожидающие делегации жеребьёвкой (среди равных по рангу); начальное значение записывается в журнал</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Write a note against the running segment</source>
        <translation>Записать заметку к текущему сегменту</translation>
    </message>
    <message>
        <source>Message chair</source>
        <translation>Сообщение председателю</translation>
    </message>
    <message>
        <source>Send a message to the chair&apos;s screen</source>
        <translation>Отправить сообщение на экран председателя</translation>
    </message>
    <message>
        <source>Mute alerts</source>
        <translation>Без звука оповещений</translation>
    </message>
    <message>
        <source>Silence alert sounds (banners still show)</source>
        <translation>Отключить звук оповещений (баннеры по-прежнему видны)</translation>
    </message>
    <message>
        <source>Chair view</source>
        <translation>Экран председателя</translation>
    </message>
    <message>
        <source>Show or hide the chair&apos;s window</source>
        <translation>Показать или скрыть окно председателя</translation>
    </message>
    <message>
        <source>Chair full screen</source>
        <translation>Председатель на весь экран</translation>
    </message>
    <message>
        <source>Put the chair&apos;s window full screen on the chosen screen</source>
        <translation>Развернуть окно председателя на весь выбранный экран</translation>
    </message>
    <message>
        <source>Share live views…</source>
        <translation>Открыть доступ к трансляции…</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, speakers&apos; and stage views to browsers elsewhere: links, QR codes</source>
        <translation>Передавать виды для председателя, ораторов и сцены в другие браузеры: ссылки, QR-коды</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <source>Switch between the light and the dark palette (for dim control rooms)</source>
        <translation>Переключить светлую и тёмную палитру (для затемнённых аппаратных)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>White on black, yellow for the selection: for low vision or a washed-out screen</source>
        <translation>Белое на чёрном, жёлтым — выделение: для слабовидящих или блёклого экрана</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Показать все сочетания клавиш</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Take back the last action on the day (a stray Space, a skip…); again for the one before</source>
        <translation>Отменить последнее действие за день (случайный пробел, пропуск…); ещё раз — предыдущее</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Снова выполнить то, что было отменено</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Quit (the timing log is already safe on disk)</source>
        <translation>Выйти (журнал хронометража уже сохранён на диске)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Enter (in the rundown)</source>
        <translation>Enter (в программе)</translation>
    </message>
    <message>
        <source>Start the selected segment</source>
        <translation>Начать выбранный сегмент</translation>
    </message>
</context>
<context>
    <name>HostMenus</name>
    <message>
        <source>Previous speaker</source>
        <translation>Пред. оратор</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>Перейти</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>След. оратор</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщ.</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Заседание</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Ораторы</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <source>Chair screen</source>
        <translation>Экран председателя</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Оповещения</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Speakers and chair</source>
        <translation>Ораторы и председатель</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Note on the running segment (N, Enter to save)…</source>
        <translation>Заметка к текущему сегменту (N, Enter — сохранить)…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Председателю:</translation>
    </message>
    <message>
        <source>Chair&apos;s language</source>
        <translation>Язык председателя</translation>
    </message>
    <message>
        <source>Same as the host&apos;s</source>
        <translation>Как у ведущего</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>Сначала выберите сегмент в программе</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>Сначала выберите делегацию в списке ораторов</translation>
    </message>
    <message>
        <source>Draw lots for the order of the delegations still waiting?</source>
        <translation>Провести жеребьёвку порядка ожидающих делегаций?</translation>
    </message>
    <message>
        <source>Lots drawn: seed %1 (in the log; the same seed gives the same order)</source>
        <translation>Жеребьёвка проведена: начальное значение %1 (в журнале; то же значение даёт тот же порядок)</translation>
    </message>
    <message>
        <source>pasted list</source>
        <translation>вставленный список</translation>
    </message>
    <message>
        <source>Start a segment with a floor first: the list is added to it</source>
        <translation>Сначала начните сегмент со списком делегаций: список добавится в него</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) added to the floor</source>
        <translation>
            <numerusform>%n делегация добавлена в список</numerusform>
            <numerusform>%n делегации добавлены в список</numerusform>
            <numerusform>%n делегаций добавлено в список</numerusform>
        </translation>
    </message>
    <message>
        <source>Add speakers&apos; list</source>
        <translation>Добавить список выступающих</translation>
    </message>
    <message>
        <source>Lists of speakers (*.csv *.txt)</source>
        <translation>Списки выступающих (*.csv *.txt)</translation>
    </message>
    <message>
        <source>A delegation a line (a code or a name), or CSV: delegation, category, speaker</source>
        <translation>По делегации на строку (код или название) или CSV: делегация, категория, выступающий</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list</source>
        <translation>Вставить список выступающих</translation>
    </message>
    <message>
        <source>End the day? What has not run stays not started.</source>
        <translation>Завершить день? То, что не состоялось, останется не начатым.</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Заметка сохранена</translation>
    </message>
    <message>
        <source>✓ on the chair&apos;s screen</source>
        <translation>✓ на экране председателя</translation>
    </message>
    <message>
        <source>No upcoming segment to hold</source>
        <translation>Нет предстоящего сегмента, который можно задержать</translation>
    </message>
    <message>
        <source>⌨ Typing · Esc gives the keys back</source>
        <translation>⌨ Ввод текста · Esc возвращает клавиши</translation>
    </message>
    <message>
        <source>Keys: console</source>
        <translation>Клавиши: пульт</translation>
    </message>
    <message>
        <source>Letters you type go into the box; Escape or a click on the rundown gives them back to the console</source>
        <translation>Набранное идёт в поле; Escape или щелчок по программе возвращает клавиши пульту</translation>
    </message>
    <message>
        <source>Single keys act on the day: Space, S, N, M, A, P, +, −…; a text box takes them once you type in it</source>
        <translation>Одиночные клавиши управляют днём: Пробел, S, N, M, A, P, +, −…; поле ввода забирает их, когда вы в нём печатаете</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>This computer slept for %1; the clocks counted through it.</source>
        <translation>Компьютер был в спящем режиме %1; часы продолжали счёт.</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>Ready · Space starts</source>
        <translation>Готово · пробел — начать</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>Далее ≈ %1: %2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>Далее ≈ %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 here</source>
        <translation>%1 %2 здесь</translation>
    </message>
    <message>
        <source>Message to the chair (M, Enter sends; empty clears)</source>
        <translation>Сообщение председателю (M; Enter — отправить; пусто — стереть)</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen</source>
        <translation>Показывается крупным шрифтом на экране председателя</translation>
    </message>
    <message>
        <source>&apos;to&apos; must be a place in the list: 1, 2, …</source>
        <translation>&apos;to&apos; должно быть местом в списке: 1, 2, …</translation>
    </message>
    <message>
        <source>H holds a segment back from starting by itself, which happens only on auto-start days; today every segment starts when you press Space</source>
        <translation>H не даёт сегменту начаться самому, а это бывает только в дни с автозапуском; сегодня каждый сегмент начинается по нажатию пробела</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is held: it starts when you press Space (H lets it start by itself)</source>
        <translation>«%1» задержан: он начнётся по нажатию пробела (H позволит ему начаться самому)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is released: it starts by itself at %2</source>
        <translation>«%1» отпущен: он начнётся сам в %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme — %1</source>
        <translation>Импорт программы — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the date, or the one day to keep</source>
        <translation>ГГГГ-ММ-ДД: дата или единственный день, который нужно оставить</translation>
    </message>
    <message>
        <source>e.g. America/New_York, where the source names none</source>
        <translation>например, America/New_York, если в источнике пояс не указан</translation>
    </message>
    <message>
        <source>the room to keep, where there are several</source>
        <translation>зал, который нужно оставить, если их несколько</translation>
    </message>
    <message>
        <source>the agenda&apos;s title (default: the source&apos;s)</source>
        <translation>название программы (по умолчанию — из источника)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Повторить предпросмотр</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Guessed or cut</source>
        <translation>Угадано или сокращено</translation>
    </message>
    <message>
        <source>Left out, cut and guessed</source>
        <translation>Пропущенное, сокращённое и угаданное</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>Сохранить и открыть…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD</source>
        <translation>«%1» — не дата; укажите ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>the Time zone above</source>
        <translation>часовой пояс выше</translation>
    </message>
    <message>
        <source>the Date above</source>
        <translation>дату выше</translation>
    </message>
    <message>
        <source>the Room above</source>
        <translation>зал выше</translation>
    </message>
    <message>
        <source>%1: %2 days, %3 segments, in %4</source>
        <translation>%1: дней — %2, сегментов — %3, пояс %4</translation>
    </message>
    <message>
        <source>%1 %2 guessed: check them before the meeting</source>
        <translation>%1 %2 угадано: проверьте перед заседанием</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>Пропущено: %n</numerusform>
            <numerusform>Пропущено: %n</numerusform>
            <numerusform>Пропущено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut to fit: %n</source>
        <translation>
            <numerusform>Сокращено по размеру: %n</numerusform>
            <numerusform>Сокращено по размеру: %n</numerusform>
            <numerusform>Сокращено по размеру: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guessed: %n</source>
        <translation>
            <numerusform>Угадано: %n</numerusform>
            <numerusform>Угадано: %n</numerusform>
            <numerusform>Угадано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the agenda as</source>
        <translation>Сохранить программу как</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Программа (%1)</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: запись невозможна: %2</translation>
    </message>
    <message>
        <source>Programmes (%1)</source>
        <translation>Программы (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Все файлы (%1)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>Импорт программы</translation>
    </message>
</context>
<context>
    <name>InsertBar</name>
    <message>
        <source>Title of the segment to insert</source>
        <translation>Название вставляемого сегмента</translation>
    </message>
    <message>
        <source>Length (5m)</source>
        <translation>Длительность (5m)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Intermission</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Speakers (names, commas between)</source>
        <translation>Ораторы (имена через запятую)</translation>
    </message>
    <message>
        <source>Each (3m)</source>
        <translation>Каждому (3m)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Fixed start (HH:MM)</source>
        <translation>Фиксированное начало (HH:MM)</translation>
    </message>
    <message>
        <source>Insert next:</source>
        <translation>Вставить следующим:</translation>
    </message>
    <message>
        <source>Enter adds · Esc cancels</source>
        <translation>Enter — добавить · Esc — отмена</translation>
    </message>
    <message>
        <source>Title to insert</source>
        <translation>Название для вставки</translation>
    </message>
    <message>
        <source>The title of the segment to insert next</source>
        <translation>Название сегмента, который будет вставлен следующим</translation>
    </message>
    <message>
        <source>Length to insert</source>
        <translation>Длительность для вставки</translation>
    </message>
    <message>
        <source>Its length, as 5m or 1h10m; Enter inserts</source>
        <translation>Её длительность, например 5m или 1h10m; Enter — вставить</translation>
    </message>
    <message>
        <source>Kind to insert</source>
        <translation>Тип вставляемого сегмента</translation>
    </message>
    <message>
        <source>A segment, an intermission or a break</source>
        <translation>Сегмент, перерыв или пауза</translation>
    </message>
    <message>
        <source>Speakers to insert</source>
        <translation>Ораторы вставляемого сегмента</translation>
    </message>
    <message>
        <source>A speakers&apos; list: names, commas between</source>
        <translation>Список ораторов: имена через запятую</translation>
    </message>
    <message>
        <source>Limit for each speaker</source>
        <translation>Регламент для каждого оратора</translation>
    </message>
    <message>
        <source>Each speaker&apos;s time, as 3m or 2m30s</source>
        <translation>Время каждого оратора, например 3m или 2m30s</translation>
    </message>
    <message>
        <source>Notes to insert</source>
        <translation>Примечания к вставляемому сегменту</translation>
    </message>
    <message>
        <source>Notes for the host, shown with the segment</source>
        <translation>Примечания для ведущего, показываются с сегментом</translation>
    </message>
    <message>
        <source>Fixed start to insert</source>
        <translation>Фиксированное начало вставляемого сегмента</translation>
    </message>
    <message>
        <source>HH:MM: it never starts before then</source>
        <translation>HH:MM: никогда не начинается раньше</translation>
    </message>
</context>
<context>
    <name>LogTroubleBar</name>
    <message>
        <source>THE TIMING LOG CANNOT BE WRITTEN (%1): your last action is not applied yet. The clock keeps counting; the screens show the day as the log has it. Free space on the log&apos;s disk: the action is written, at the time you took it, as soon as it can be (tried every %2 s).</source>
        <translation>ЖУРНАЛ ХРОНОМЕТРАЖА НЕ ЗАПИСЫВАЕТСЯ (%1): ваше последнее действие ещё не применено. Отсчёт времени продолжается; экраны показывают день по журналу. Освободите место на его диске: действие будет записано со временем, когда вы его совершили, как только это станет возможно (попытка каждые %2 с).</translation>
    </message>
    <message>
        <source>The timing log is written again: the %1 events that waited are on disk and shown.</source>
        <translation>Журнал хронометража снова записывается: ожидавшие события (%1) сохранены и показаны.</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Put these notices away (the status bar keeps them)</source>
        <translation>Убрать эти уведомления (они остаются в строке состояния)</translation>
    </message>
    <message>
        <source>Dismiss the notices</source>
        <translation>Закрыть уведомления</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Session Runner — rooms at %1</source>
        <translation>Session Runner — залы на %1</translation>
    </message>
    <message>
        <source>Waiting for rooms at %1…</source>
        <translation>Ожидание залов на %1…</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Брокер</translation>
    </message>
</context>
<context>
    <name>PublishControl</name>
    <message>
        <source>Publish to a broker…</source>
        <translation>Публиковать через брокер…</translation>
    </message>
    <message>
        <source>Send this room&apos;s state to an MQTT broker, for the overview and remote views</source>
        <translation>Отправлять состояние этого зала брокеру MQTT для обзора и удалённых экранов</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Остановить публикацию</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>Брокер</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 как %2</translation>
    </message>
    <message>
        <source>Not publishing: the broker remembered for this agenda (%1, room “%2”) was for another timing log. Session → Publish to a broker… publishes this one.</source>
        <translation>Публикации нет: брокер, запомненный для этой повестки (%1, зал «%2»), был для другого журнала хронометража. Заседание → Публиковать через брокер… опубликует этот.</translation>
    </message>
    <message>
        <source>Not publishing yet: %1 wants a password. Session → Publish to a broker… asks for it.</source>
        <translation>Публикация пока не идёт: %1 требует пароль. Заседание → Публиковать через брокер… запросит его.</translation>
    </message>
    <message>
        <source>Publishing as room “%1” (this agenda&apos;s own) to %2; room “%3” is offline now</source>
        <translation>Публикация как зал «%1» (зал этой повестки) через %2; зал «%3» теперь не в сети</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2, as remembered for this agenda</source>
        <translation>Публикация как зал «%1» через %2, как запомнено для этой повестки</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2</source>
        <translation>Публикация как зал «%1» через %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a broker</source>
        <translation>Публикация через брокер</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>Адрес брокера</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal at %1×</source>
        <translation>Репетиция ×%1</translation>
    </message>
    <message>
        <source>%1: a second is %2 s of the programme; log %3</source>
        <translation>%1: секунда — это %2 с программы; журнал %3</translation>
    </message>
    <message>
        <source>Rehearse… (60×)</source>
        <translation>Репетиция… (×60)</translation>
    </message>
    <message>
        <source>Run this day in its own windows at 60× (a second is a minute), with its own log</source>
        <translation>Провести этот день в отдельных окнах в 60 раз быстрее (секунда — минута), со своим журналом</translation>
    </message>
</context>
<context>
    <name>RoomTileWidget</name>
    <message>
        <source>last known</source>
        <translation>последнее известное</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>НЕ В СЕТИ</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>НЕТ СИГНАЛА</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>День завершён</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>Ожидание начала</translation>
    </message>
</context>
<context>
    <name>RundownEditor</name>
    <message>
        <source>Insert segment…</source>
        <translation>Вставить сегмент…</translation>
    </message>
    <message>
        <source>Add a segment after the running one: its title, Tab, its length, Enter</source>
        <translation>Добавить сегмент после текущего: название, Tab, длительность, Enter</translation>
    </message>
    <message>
        <source>Accept recovery plan</source>
        <translation>Принять план восстановления</translation>
    </message>
    <message>
        <source>Make the cuts the recovery plan proposes to hold the hard stop</source>
        <translation>Сделать сокращения, которые предлагает план, чтобы уложиться в жёсткое окончание</translation>
    </message>
    <message>
        <source>Set recovery plan aside</source>
        <translation>Отложить план восстановления</translation>
    </message>
    <message>
        <source>Not now: a new plan is offered only when it changes</source>
        <translation>Не сейчас: новый план предлагается, только когда он меняется</translation>
    </message>
    <message>
        <source>Change length…</source>
        <translation>Изменить длительность…</translation>
    </message>
    <message>
        <source>Change the planned length of the selected segment (not yet started)</source>
        <translation>Изменить плановую длительность выбранного сегмента (ещё не начатого)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename the selected segment (not yet started)</source>
        <translation>Переименовать выбранный сегмент (ещё не начатый)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить выше</translation>
    </message>
    <message>
        <source>Move the selected segment one place earlier (among those to come)</source>
        <translation>Переместить выбранный сегмент на одно место раньше (среди предстоящих)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить ниже</translation>
    </message>
    <message>
        <source>Move the selected segment one place later</source>
        <translation>Переместить выбранный сегмент на одно место позже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected segment from the day (not yet started)</source>
        <translation>Убрать выбранный сегмент из программы дня (ещё не начатый)</translation>
    </message>
    <message>
        <source>Speakers&apos; limit…</source>
        <translation>Лимит выступающих…</translation>
    </message>
    <message>
        <source>Give the selected segment&apos;s waiting speakers a limit, or drop it</source>
        <translation>Задать лимит ожидающим выступающим выбранного сегмента или снять его</translation>
    </message>
    <message>
        <source>Save rundown as…</source>
        <translation>Сохранить программу как…</translation>
    </message>
    <message>
        <source>Write the day as changed to an agenda file</source>
        <translation>Записать изменённый день в файл программы</translation>
    </message>
    <message>
        <source>&amp;Rundown</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2); it runs next</source>
        <translation>«%1» вставлен (%2); он идёт следующим</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2) to start at %3</source>
        <translation>«%1» вставлен (%2) с началом в %3</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the day?</source>
        <translation>Убрать «%1» из программы дня?</translation>
    </message>
    <message>
        <source>⚠ %1  Ctrl+R accepts · Ctrl+D sets it aside.</source>
        <translation>⚠ %1  Ctrl+R — принять · Ctrl+D — отложить.</translation>
    </message>
    <message>
        <source>No recovery plan on offer: the day ends by its hard stop</source>
        <translation>Плана восстановления нет: день укладывается в жёсткое окончание</translation>
    </message>
    <message>
        <source>✓ Plan %1 accepted at %2: %3.</source>
        <translation>✓ План %1 принят в %2: %3.</translation>
    </message>
    <message>
        <source>No recovery plan on offer</source>
        <translation>Нет предложенного плана восстановления</translation>
    </message>
    <message>
        <source>Recovery plan %1 set aside; a new one is offered when the plan changes</source>
        <translation>План восстановления %1 отложен; новый будет предложен, когда план изменится</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saved the rundown as changed to %1</source>
        <translation>Изменённая программа сохранена в %1</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>Сначала выберите сегмент в программе</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>Изменить длительность</translation>
    </message>
    <message>
        <source>Planned length (5m, 1h10m):</source>
        <translation>Плановая длительность (5m, 1h10m):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Speakers&apos; limit</source>
        <translation>Лимит выступающих</translation>
    </message>
    <message>
        <source>Limit per speaker (2m30s; empty: none):</source>
        <translation>Лимит на выступающего (2m30s; пусто — без лимита):</translation>
    </message>
    <message>
        <source>Save rundown as</source>
        <translation>Сохранить программу как</translation>
    </message>
    <message>
        <source>Agenda files (*.yaml *.yml)</source>
        <translation>Файлы программы (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>План восстановления</translation>
    </message>
    <message>
        <source>How to hold the hard stop; Ctrl+R accepts it</source>
        <translation>Как уложиться в жёсткое окончание; Ctrl+R — принять</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Speaker(s)</source>
        <translation>Оратор(ы)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длит.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Planned start in the agenda&apos;s zone</source>
        <translation>Плановое начало в часовом поясе программы</translation>
    </message>
    <message>
        <source>When it actually started; &apos;≈&apos; marks a projected start for what is still to come</source>
        <translation>Фактическое начало; «≈» — расчётное начало предстоящего</translation>
    </message>
    <message>
        <source>Segment title (hover for its group and notes)</source>
        <translation>Название сегмента (наведите курсор, чтобы увидеть группу и заметки)</translation>
    </message>
    <message>
        <source>Speaker or speakers&apos; list</source>
        <translation>Оратор или список ораторов</translation>
    </message>
    <message>
        <source>Planned length (with any minutes added or removed)</source>
        <translation>Плановая длительность (с добавленными или снятыми минутами)</translation>
    </message>
    <message>
        <source>Actual length; live for the running segment</source>
        <translation>Фактическая длительность; для текущего сегмента — в реальном времени</translation>
    </message>
    <message>
        <source>done, running, paused, next, skipped</source>
        <translation>завершён, идёт, пауза, следующий, пропущен</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>превышение</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>next</source>
        <translation>следующий</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
</context>
<context>
    <name>ShareViewsDialog</name>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Stage (OBS)</source>
        <translation>Сцена (OBS)</translation>
    </message>
    <message>
        <source>Control API</source>
        <translation>API управления</translation>
    </message>
    <message>
        <source>Share live views</source>
        <translation>Доступ к трансляции</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, the speakers&apos; and the stage&apos;s views to browsers on other machines. 127.0.0.1 serves this computer only; 0.0.0.0 serves the whole local network.</source>
        <translation>Передавать экраны председателя, ораторов и сцены в браузеры на других компьютерах. 127.0.0.1 — только этот компьютер; 0.0.0.0 — вся локальная сеть.</translation>
    </message>
    <message>
        <source>Address (HOST:PORT)</source>
        <translation>Адрес (ХОСТ:ПОРТ)</translation>
    </message>
    <message>
        <source>Also offer the control API (Companion, Stream Deck), with its own link</source>
        <translation>Также открыть API управления (Companion, Stream Deck) по отдельной ссылке</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Начать трансляцию</translation>
    </message>
    <message>
        <source>Each link opens its own view only: send each to those it is for.</source>
        <translation>Каждая ссылка открывает только свой экран: отправляйте каждую тем, для кого она предназначена.</translation>
    </message>
    <message>
        <source>New links (the old ones stop working)</source>
        <translation>Новые ссылки (старые перестанут работать)</translation>
    </message>
    <message>
        <source>The host&apos;s language (follows View → Language)</source>
        <translation>Язык ведущего (следует за Вид → Язык)</translation>
    </message>
    <message>
        <source>Pages in</source>
        <translation>Язык страниц</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Ссылка скопирована: %1</translation>
    </message>
    <message>
        <source>Make new links? Everyone with an old link loses the view until sent a new one.</source>
        <translation>Создать новые ссылки? Все, у кого старая ссылка, потеряют доступ, пока им не пришлют новую.</translation>
    </message>
</context>
<context>
    <name>SpeakerLine</name>
    <message>
        <source>Point of order</source>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>Now: %1 %2 left</source>
        <translation>Выступает: %1, осталось %2</translation>
    </message>
    <message>
        <source>Now: %1 over by %2</source>
        <translation>Выступает: %1, превышение %2</translation>
    </message>
    <message>
        <source>Now: %1 %2</source>
        <translation>Выступает: %1 %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Replies: %1</source>
        <translation>Право на ответ: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Выступал</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>выступает</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>выступил</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — reply %2</source>
        <translation>%1 — ответ %2</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>No speaker</source>
        <translation>Оратора нет</translation>
    </message>
    <message>
        <source>Add a speaker (Enter)…</source>
        <translation>Добавить оратора (Enter)…</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>регламент</translation>
    </message>
    <message>
        <source>Optional speaking time: 90s, 3m, 2:00 … (default: the segment&apos;s)</source>
        <translation>Регламент (необязательно): 90s, 3m, 2:00… (по умолчанию — регламент сегмента)</translation>
    </message>
    <message>
        <source>Move the selected speaker up (or drag it)</source>
        <translation>Переместить выбранного оратора выше (или перетащить)</translation>
    </message>
    <message>
        <source>Move the selected speaker down (or drag it)</source>
        <translation>Переместить выбранного оратора ниже (или перетащить)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Skip the selected speaker (again to bring back)</source>
        <translation>Пропустить выбранного оратора (повторно — вернуть)</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list</source>
        <translation>Вычеркнуть из списка выбранную ожидающую делегацию (или выступающего)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без регламента</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>По порядку ведения заседания</translation>
    </message>
    <message>
        <source>Speaking:</source>
        <translation>Выступает:</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Далее:</translation>
    </message>
    <message>
        <source>No speakers&apos; list: add a name below.</source>
        <translation>Списка ораторов нет: добавьте имя ниже.</translation>
    </message>
    <message>
        <source>Add a delegation: a code or a name (Enter)…</source>
        <translation>Добавить делегацию: код или название (Enter)…</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>Сначала выберите делегацию в списке выступающих</translation>
    </message>
    <message>
        <source>Select a speaker to move first</source>
        <translation>Сначала выберите оратора, которого нужно переместить</translation>
    </message>
</context>
<context>
    <name>mqtt</name>
    <message>
        <source>connecting to %1…</source>
        <translation>подключение к %1…</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>подключено к %1</translation>
    </message>
    <message>
        <source>%2 — retrying</source>
        <translation>%2 — повторная попытка</translation>
    </message>
    <message>
        <source>%2 — check the user and password</source>
        <translation>%2 — проверьте имя пользователя и пароль</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>брокер</translation>
    </message>
</context>
</TS>
