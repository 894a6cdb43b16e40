<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&apos;{url}&apos; is not a broker URL; write mqtt://HOST[:PORT]/PREFIX</source>
        <translation>“{url}”不是代理服务器地址；请写成 mqtt://主机[:端口]/前缀</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; has a port that is not a number</source>
        <translation>“{url}”中的端口不是数字</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; names no host</source>
        <translation>“{url}”未指明主机</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; needs a topic prefix without + or #, as in mqtt://HOST/event</source>
        <translation>“{url}”需要不含 + 或 # 的主题前缀，例如 mqtt://主机/event</translation>
    </message>
    <message>
        <source>the broker refused: {why}</source>
        <translation>代理服务器拒绝：{why}</translation>
    </message>
    <message>
        <source>lost the broker at {where}</source>
        <translation>与 {where} 的代理服务器断开连接</translation>
    </message>
    <message>
        <source>cannot reach the broker at {where}</source>
        <translation>无法连接 {where} 的代理服务器</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Session Runner host console</source>
        <translation>Session Runner 主持控制台</translation>
    </message>
    <message>
        <source>Runs the clock of the day&apos;s session</source>
        <translation>掌控当天会议的计时</translation>
    </message>
    <message>
        <source>Rundown</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Every segment of the day with its planned and actual times and status; Enter starts the selected one</source>
        <translation>当天各环节的计划时间、实际时间和状态；按 Enter 开始所选环节</translation>
    </message>
    <message>
        <source>Countdown of the running segment</source>
        <translation>当前环节倒计时</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>当前没有进行中的环节</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>No alert</source>
        <translation>无提醒</translation>
    </message>
    <message>
        <source>Note on the running segment</source>
        <translation>当前环节备注</translation>
    </message>
    <message>
        <source>Type a note and press Enter to log it</source>
        <translation>输入备注并按 Enter 记入日志</translation>
    </message>
    <message>
        <source>Message to the chair</source>
        <translation>给主席的消息</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen; Enter sends it</source>
        <translation>以大字显示在主席屏幕上；按 Enter 发送</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>发言名单</translation>
    </message>
    <message>
        <source>The speakers in order; drag one to move it</source>
        <translation>按顺序排列的发言者；拖动可调整位置</translation>
    </message>
    <message>
        <source>Countdown of the speaker&apos;s turn</source>
        <translation>发言时间倒计时</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>New speaker</source>
        <translation>新发言者</translation>
    </message>
    <message>
        <source>Type a name and press Enter to add it to the list</source>
        <translation>输入姓名并按 Enter 加入名单</translation>
    </message>
    <message>
        <source>New speaker&apos;s time limit</source>
        <translation>新发言者的发言时限</translation>
    </message>
    <message>
        <source>Optional: 90s, 3m or 2:00</source>
        <translation>可选：90s、3m 或 2:00</translation>
    </message>
    <message>
        <source>New delegation&apos;s category</source>
        <translation>新代表团的类别</translation>
    </message>
    <message>
        <source>On a floor: the category of the delegation typed; its limit is the category&apos;s</source>
        <translation>在代表团发言名单中：所输入代表团的类别；其时限即该类别的时限</translation>
    </message>
    <message>
        <source>New delegation&apos;s rank</source>
        <translation>新代表团的级别</translation>
    </message>
    <message>
        <source>In protocol order: the rank of who speaks for the delegation typed; it takes its place by it</source>
        <translation>按礼宾顺序：代表所输入代表团发言者的级别；该代表团按此级别排定位置</translation>
    </message>
    <message>
        <source>Move the speaker up</source>
        <translation>发言者上移</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place earlier</source>
        <translation>将所选发言者提前一位</translation>
    </message>
    <message>
        <source>Move the speaker down</source>
        <translation>发言者下移</translation>
    </message>
    <message>
        <source>Moves the selected speaker one place later</source>
        <translation>将所选发言者推后一位</translation>
    </message>
    <message>
        <source>Skip the speaker</source>
        <translation>跳过发言者</translation>
    </message>
    <message>
        <source>Skips the selected speaker, or brings them back</source>
        <translation>跳过所选发言者，或将其恢复</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>从名单中删除</translation>
    </message>
    <message>
        <source>Strikes the selected delegation still waiting from the list</source>
        <translation>将所选仍在等候的代表团从名单中删除</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Every key of the console and what it does</source>
        <translation>控制台的所有按键及其作用</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss this alert</source>
        <translation>关闭此提醒</translation>
    </message>
    <message>
        <source>Hides the alert; the log keeps it</source>
        <translation>隐藏提醒；日志中仍保留</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nothing to export: this session keeps no timing log</source>
        <translation>没有可导出的内容：本次会议没有计时日志</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Chair&apos;s summary written to %1 (%2 files)</source>
        <translation>主席总结已写入 %1（%2 个文件）</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>%1 from the next start</source>
        <translation>下次启动时改为%1</translation>
    </message>
    <message>
        <source>cannot open the timing log: %1</source>
        <translation>无法打开计时日志：%1</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Cannot open the timing log: %1</source>
        <translation>无法打开计时日志：%1</translation>
    </message>
    <message>
        <source>Which day?</source>
        <translation>哪一天？</translation>
    </message>
    <message>
        <source>%1 has several days:</source>
        <translation>%1包含多天：</translation>
    </message>
    <message>
        <source>This day is already open.</source>
        <translation>这一天已经打开。</translation>
    </message>
    <message>
        <source>Close this day and open &apos;%1&apos;? Its log is safe: opening it again resumes it.</source>
        <translation>关闭这一天并打开“%1”？其日志已保存：再次打开即可继续。</translation>
    </message>
</context>
<context>
    <name>ChairView</name>
    <message>
        <source>Chair — %1</source>
        <translation>主席 — %1</translation>
    </message>
    <message>
        <source>Chair&apos;s screen</source>
        <translation>主席屏幕</translation>
    </message>
    <message>
        <source>What runs now, the time left, and who speaks next</source>
        <translation>当前环节、剩余时间和下一位发言者</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>今天的会议已结束</translation>
    </message>
    <message>
        <source>Coming up: %1</source>
        <translation>即将开始：%1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>下一项 ≈ %1：%2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>下一项 ≈ %1：%2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Nothing is running</source>
        <translation>当前没有进行中的环节</translation>
    </message>
    <message>
        <source>ENDING SOON</source>
        <translation>即将结束</translation>
    </message>
    <message>
        <source>FINAL SECONDS</source>
        <translation>最后几秒</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>Over time by %n minute(s)</source>
        <translation>
            <numerusform>已超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused, %1</source>
        <translation>已暂停，%1</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>and %1 more (see the details)</source>
        <translation>另有 %1 项（见详细信息）</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open an agenda</source>
        <translation>打开议程</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml)</source>
        <translation>议程 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the chair&apos;s summary to</source>
        <translation>将主席总结导出到</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>%1 s behind</source>
        <translation>落后 %1 秒</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>落后 %1</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>提前 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Ends ≈ %1</source>
        <translation>预计结束 ≈ %1</translation>
    </message>
    <message>
        <source>hard stop %1 AT RISK</source>
        <translation>硬性结束时间 %1 可能超出</translation>
    </message>
    <message>
        <source>hard stop %1</source>
        <translation>硬性结束时间 %1</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Ended at %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <comment>a date as Qt formats one: weekday, day, month, year</comment>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>HostActions</name>
    <message>
        <source>Start / Next</source>
        <translation>开始 / 下一项</translation>
    </message>
    <message>
        <source>Start the first segment, or end this one and start the next</source>
        <translation>开始第一个环节，或结束当前环节并开始下一个</translation>
    </message>
    <message>
        <source>Pause / Resume</source>
        <translation>暂停 / 继续</translation>
    </message>
    <message>
        <source>Pause or resume the running segment</source>
        <translation>暂停或继续当前环节</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>Give the floor to the next speaker</source>
        <translation>请下一位发言者发言</translation>
    </message>
    <message>
        <source>Previous speaker</source>
        <translation>上一位发言者</translation>
    </message>
    <message>
        <source>Undo the last move of the floor</source>
        <translation>撤销上一次发言轮换</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Reopen the previous segment (Space was pressed too early)</source>
        <translation>重新打开上一个环节（空格键按得过早时）</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <source>Add a minute to the running segment</source>
        <translation>为当前环节增加一分钟</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 分钟</translation>
    </message>
    <message>
        <source>Remove a minute from the running segment</source>
        <translation>为当前环节减少一分钟</translation>
    </message>
    <message>
        <source>Hold next</source>
        <translation>暂缓下一项</translation>
    </message>
    <message>
        <source>On an auto-start day, keep the next segment from starting by itself (again to release it)</source>
        <translation>在自动开始的日子里，阻止下一个环节自动开始（再按一次解除）</translation>
    </message>
    <message>
        <source>Skip next</source>
        <translation>跳过下一项</translation>
    </message>
    <message>
        <source>Skip the next segment (again to bring it back)</source>
        <translation>跳过下一个环节（再按一次恢复）</translation>
    </message>
    <message>
        <source>Jump to selected</source>
        <translation>跳到所选环节</translation>
    </message>
    <message>
        <source>Start the segment selected in the rundown (or Enter on it)</source>
        <translation>开始议程中所选的环节（或在其上按 Enter）</translation>
    </message>
    <message>
        <source>End day</source>
        <translation>结束当天会议</translation>
    </message>
    <message>
        <source>End the running segment and close the day</source>
        <translation>结束当前环节并结束当天会议</translation>
    </message>
    <message>
        <source>Open agenda…</source>
        <translation>打开议程…</translation>
    </message>
    <message>
        <source>Open another agenda file (YAML); a file dropped on the window opens too</source>
        <translation>打开另一个议程文件（YAML）；拖到窗口上的文件也会打开</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出总结…</translation>
    </message>
    <message>
        <source>Write the chair&apos;s summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder</source>
        <translation>将主席总结（HTML、PDF、Markdown、CSV、JSON Lines）写入文件夹</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it</source>
        <translation>将日程（电子表格、日历、schedule.xml、粘贴的文本）导入为议程并打开</translation>
    </message>
    <message>
        <source>Add speakers&apos; list from a file…</source>
        <translation>从文件添加发言名单…</translation>
    </message>
    <message>
        <source>Add a list of speakers (CSV: delegation, category, speaker) to the running floor</source>
        <translation>将发言名单（CSV：代表团、类别、发言者）添加到进行中的代表团发言名单</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list…</source>
        <translation>粘贴发言名单…</translation>
    </message>
    <message>
        <source>Paste a list of speakers, a delegation a line, onto the running floor</source>
        <translation>将发言名单（每行一个代表团）粘贴到进行中的代表团发言名单</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>添加发言者</translation>
    </message>
    <message>
        <source>Type speakers&apos; names: Enter adds each and keeps the box; Escape gives the keys back</source>
        <translation>输入发言者姓名：Enter 逐个添加并保留输入框；Escape 交还按键</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>A point of order: the speaker&apos;s clock stops, never charged to the delegation (again to end it)</source>
        <translation>程序问题：发言者计时暂停，该时间绝不计入代表团的发言时间（再按一次结束）</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>答辩权</translation>
    </message>
    <message>
        <source>The selected delegation (or the one speaking) asks for the right of reply: heard after the list</source>
        <translation>所选代表团（或正在发言的代表团）要求行使答辩权：在发言名单结束后发言</translation>
    </message>
    <message>
        <source>Strike from the list</source>
        <translation>从名单中删除</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list: it will not speak</source>
        <translation>将所选仍在等候的代表团（或发言者）从名单中删除：其将不发言</translation>
    </message>
    <message>
        <source>Draw lots</source>
        <translation>抽签</translation>
    </message>
    <message>
        <source>Order the delegations still waiting by drawing lots (among equals in rank); the seed is logged</source>
        <translation>以抽签决定仍在等候的代表团的顺序（同级别者之间）；种子记入日志</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Write a note against the running segment</source>
        <translation>为当前环节写备注</translation>
    </message>
    <message>
        <source>Message chair</source>
        <translation>给主席发消息</translation>
    </message>
    <message>
        <source>Send a message to the chair&apos;s screen</source>
        <translation>向主席屏幕发送消息</translation>
    </message>
    <message>
        <source>Mute alerts</source>
        <translation>提醒静音</translation>
    </message>
    <message>
        <source>Silence alert sounds (banners still show)</source>
        <translation>关闭提醒声音（横幅仍会显示）</translation>
    </message>
    <message>
        <source>Chair view</source>
        <translation>主席视图</translation>
    </message>
    <message>
        <source>Show or hide the chair&apos;s window</source>
        <translation>显示或隐藏主席窗口</translation>
    </message>
    <message>
        <source>Chair full screen</source>
        <translation>主席全屏</translation>
    </message>
    <message>
        <source>Put the chair&apos;s window full screen on the chosen screen</source>
        <translation>将主席窗口在所选屏幕上全屏显示</translation>
    </message>
    <message>
        <source>Share live views…</source>
        <translation>共享实时视图…</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, speakers&apos; and stage views to browsers elsewhere: links, QR codes</source>
        <translation>向其他浏览器提供主席、发言者和舞台视图：链接、二维码</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Switch between the light and the dark palette (for dim control rooms)</source>
        <translation>在浅色和深色配色之间切换（适用于光线昏暗的控制室）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>White on black, yellow for the selection: for low vision or a washed-out screen</source>
        <translation>黑底白字，选中项为黄色：适用于低视力用户或褪色的屏幕</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Take back the last action on the day (a stray Space, a skip…); again for the one before</source>
        <translation>撤销当天的上一个操作（误按的空格键、跳过……）；再按一次撤销更早的一个</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>重新执行被撤销的操作</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Quit (the timing log is already safe on disk)</source>
        <translation>退出（计时日志已安全保存到磁盘）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Enter (in the rundown)</source>
        <translation>Enter（在议程中）</translation>
    </message>
    <message>
        <source>Start the selected segment</source>
        <translation>开始所选环节</translation>
    </message>
</context>
<context>
    <name>HostMenus</name>
    <message>
        <source>Previous speaker</source>
        <translation>上一位发言者</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Jump</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>下一位发言者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>发言者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>主席(&amp;C)</translation>
    </message>
    <message>
        <source>Chair screen</source>
        <translation>主席屏幕</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>提醒(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Speakers and chair</source>
        <translation>发言人和主席</translation>
    </message>
</context>
<context>
    <name>HostWindow</name>
    <message>
        <source>Note on the running segment (N, Enter to save)…</source>
        <translation>当前环节备注（N，按 Enter 保存）…</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Chair&apos;s language</source>
        <translation>主席语言</translation>
    </message>
    <message>
        <source>Same as the host&apos;s</source>
        <translation>与主持人相同</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>请先在议程中选择一个环节</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>请先在发言名单中选择一个代表团</translation>
    </message>
    <message>
        <source>Draw lots for the order of the delegations still waiting?</source>
        <translation>以抽签决定仍在等候的代表团的顺序？</translation>
    </message>
    <message>
        <source>Lots drawn: seed %1 (in the log; the same seed gives the same order)</source>
        <translation>已抽签：种子 %1（已记入日志；同一种子得出同一顺序）</translation>
    </message>
    <message>
        <source>pasted list</source>
        <translation>粘贴的名单</translation>
    </message>
    <message>
        <source>Start a segment with a floor first: the list is added to it</source>
        <translation>请先开始一个有代表团发言名单的环节：名单将添加到其中</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) added to the floor</source>
        <translation>
            <numerusform>已向名单添加 %n 个代表团</numerusform>
        </translation>
    </message>
    <message>
        <source>Add speakers&apos; list</source>
        <translation>添加发言名单</translation>
    </message>
    <message>
        <source>Lists of speakers (*.csv *.txt)</source>
        <translation>发言名单 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>A delegation a line (a code or a name), or CSV: delegation, category, speaker</source>
        <translation>每行一个代表团（代码或名称），或 CSV：代表团、类别、发言者</translation>
    </message>
    <message>
        <source>Paste speakers&apos; list</source>
        <translation>粘贴发言名单</translation>
    </message>
    <message>
        <source>End the day? What has not run stays not started.</source>
        <translation>结束当天会议？未进行的环节将保持未开始状态。</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>备注已保存</translation>
    </message>
    <message>
        <source>✓ on the chair&apos;s screen</source>
        <translation>✓ 已显示在主席屏幕上</translation>
    </message>
    <message>
        <source>No upcoming segment to hold</source>
        <translation>没有可暂缓的后续环节</translation>
    </message>
    <message>
        <source>⌨ Typing · Esc gives the keys back</source>
        <translation>⌨ 正在输入 · Esc 交还按键</translation>
    </message>
    <message>
        <source>Keys: console</source>
        <translation>按键：控制台</translation>
    </message>
    <message>
        <source>Letters you type go into the box; Escape or a click on the rundown gives them back to the console</source>
        <translation>输入的字母进入输入框；按 Escape 或点击议程将按键交还控制台</translation>
    </message>
    <message>
        <source>Single keys act on the day: Space, S, N, M, A, P, +, −…; a text box takes them once you type in it</source>
        <translation>单键操作当天进程：空格、S、N、M、A、P、+、−……；在文本框中输入时由文本框接收</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>This computer slept for %1; the clocks counted through it.</source>
        <translation>本计算机曾休眠 %1；时钟在此期间持续计时。</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Ready · Space starts</source>
        <translation>就绪 · 按空格开始</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>今天的会议已结束</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2 — %3</source>
        <translation>下一项 ≈ %1：%2 — %3</translation>
    </message>
    <message>
        <source>Next ≈ %1: %2</source>
        <translation>下一项 ≈ %1：%2</translation>
    </message>
    <message>
        <source>%1 %2 here</source>
        <translation>本地 %1 %2</translation>
    </message>
    <message>
        <source>Message to the chair (M, Enter sends; empty clears)</source>
        <translation>给主席的消息（M；Enter 发送；留空则清除）</translation>
    </message>
    <message>
        <source>Shown in large type on the chair&apos;s screen</source>
        <translation>以大字显示在主席屏幕上</translation>
    </message>
    <message>
        <source>&apos;to&apos; must be a place in the list: 1, 2, …</source>
        <translation>&apos;to&apos; 必须是名单中的位置：1、2……</translation>
    </message>
    <message>
        <source>H holds a segment back from starting by itself, which happens only on auto-start days; today every segment starts when you press Space</source>
        <translation>H 用于阻止环节自动开始，这只在自动开始的日子里发生；今天每个环节都在按空格键时开始</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is held: it starts when you press Space (H lets it start by itself)</source>
        <translation>“%1”已暂缓：按空格键时开始（按 H 则让其自动开始）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is released: it starts by itself at %2</source>
        <translation>“%1”已解除暂缓：将于 %2 自动开始</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a programme — %1</source>
        <translation>导入日程 — %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: the date, or the one day to keep</source>
        <translation>YYYY-MM-DD：日期，或只保留的那一天</translation>
    </message>
    <message>
        <source>e.g. America/New_York, where the source names none</source>
        <translation>例如 America/New_York（来源未指明时区时）</translation>
    </message>
    <message>
        <source>the room to keep, where there are several</source>
        <translation>有多个会议室时要保留的会议室</translation>
    </message>
    <message>
        <source>the agenda&apos;s title (default: the source&apos;s)</source>
        <translation>议程标题（默认：沿用来源中的标题）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>重新预览</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Guessed or cut</source>
        <translation>推测或截短</translation>
    </message>
    <message>
        <source>Left out, cut and guessed</source>
        <translation>略去、截短和推测的内容</translation>
    </message>
    <message>
        <source>Save and open…</source>
        <translation>保存并打开…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>the Time zone above</source>
        <translation>上方的“时区”</translation>
    </message>
    <message>
        <source>the Date above</source>
        <translation>上方的“日期”</translation>
    </message>
    <message>
        <source>the Room above</source>
        <translation>上方的“会议室”</translation>
    </message>
    <message>
        <source>%1: %2 days, %3 segments, in %4</source>
        <translation>%1：%2 天，%3 个环节，时区 %4</translation>
    </message>
    <message>
        <source>%1 %2 guessed: check them before the meeting</source>
        <translation>%1 项%2为推测：请在会前核对</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n</source>
        <translation>
            <numerusform>略去：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut to fit: %n</source>
        <translation>
            <numerusform>为适合长度而截短：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guessed: %n</source>
        <translation>
            <numerusform>推测：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the agenda as</source>
        <translation>将议程另存为</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>议程 (%1)</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>Programmes (%1)</source>
        <translation>日程 (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>所有文件 (%1)</translation>
    </message>
    <message>
        <source>Import a programme</source>
        <translation>导入日程</translation>
    </message>
</context>
<context>
    <name>InsertBar</name>
    <message>
        <source>Title of the segment to insert</source>
        <translation>要插入的环节标题</translation>
    </message>
    <message>
        <source>Length (5m)</source>
        <translation>时长（5m）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Intermission</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>茶歇</translation>
    </message>
    <message>
        <source>Speakers (names, commas between)</source>
        <translation>发言人（姓名之间用逗号分隔）</translation>
    </message>
    <message>
        <source>Each (3m)</source>
        <translation>每人（3m）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Fixed start (HH:MM)</source>
        <translation>固定开始时间（HH:MM）</translation>
    </message>
    <message>
        <source>Insert next:</source>
        <translation>插入为下一项：</translation>
    </message>
    <message>
        <source>Enter adds · Esc cancels</source>
        <translation>回车添加 · Esc 取消</translation>
    </message>
    <message>
        <source>Title to insert</source>
        <translation>要插入的标题</translation>
    </message>
    <message>
        <source>The title of the segment to insert next</source>
        <translation>下一项要插入的环节标题</translation>
    </message>
    <message>
        <source>Length to insert</source>
        <translation>要插入的时长</translation>
    </message>
    <message>
        <source>Its length, as 5m or 1h10m; Enter inserts</source>
        <translation>时长，如 5m 或 1h10m；回车插入</translation>
    </message>
    <message>
        <source>Kind to insert</source>
        <translation>要插入的类型</translation>
    </message>
    <message>
        <source>A segment, an intermission or a break</source>
        <translation>环节、休息或茶歇</translation>
    </message>
    <message>
        <source>Speakers to insert</source>
        <translation>要插入的发言人</translation>
    </message>
    <message>
        <source>A speakers&apos; list: names, commas between</source>
        <translation>发言名单：姓名之间用逗号分隔</translation>
    </message>
    <message>
        <source>Limit for each speaker</source>
        <translation>每位发言人的发言时限</translation>
    </message>
    <message>
        <source>Each speaker&apos;s time, as 3m or 2m30s</source>
        <translation>每位发言人的时间，如 3m 或 2m30s</translation>
    </message>
    <message>
        <source>Notes to insert</source>
        <translation>要插入的备注</translation>
    </message>
    <message>
        <source>Notes for the host, shown with the segment</source>
        <translation>给主持人的备注，随环节显示</translation>
    </message>
    <message>
        <source>Fixed start to insert</source>
        <translation>要插入的固定开始时间</translation>
    </message>
    <message>
        <source>HH:MM: it never starts before then</source>
        <translation>HH:MM：绝不会早于此时开始</translation>
    </message>
</context>
<context>
    <name>LogTroubleBar</name>
    <message>
        <source>THE TIMING LOG CANNOT BE WRITTEN (%1): your last action is not applied yet. The clock keeps counting; the screens show the day as the log has it. Free space on the log&apos;s disk: the action is written, at the time you took it, as soon as it can be (tried every %2 s).</source>
        <translation>无法写入计时日志（%1）：您的上一个操作尚未生效。时钟继续计时；屏幕显示的是日志中记录的内容。请释放日志所在磁盘的空间：一旦可行，该操作将按您操作时的时间写入（每 %2 秒重试一次）。</translation>
    </message>
    <message>
        <source>The timing log is written again: the %1 events that waited are on disk and shown.</source>
        <translation>计时日志已恢复写入：等待中的 %1 个事件已保存并显示。</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <source>Put these notices away (the status bar keeps them)</source>
        <translation>收起这些通知（状态栏中仍会保留）</translation>
    </message>
    <message>
        <source>Dismiss the notices</source>
        <translation>关闭通知</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Session Runner — rooms at %1</source>
        <translation>Session Runner — %1 上的会议室</translation>
    </message>
    <message>
        <source>Waiting for rooms at %1…</source>
        <translation>正在等待 %1 上的会议室…</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>代理服务器</translation>
    </message>
</context>
<context>
    <name>PublishControl</name>
    <message>
        <source>Publish to a broker…</source>
        <translation>发布到代理服务器…</translation>
    </message>
    <message>
        <source>Send this room&apos;s state to an MQTT broker, for the overview and remote views</source>
        <translation>将此会议室的状态发送到 MQTT 代理服务器，供总览和远程视图使用</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>停止发布</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1，会议室 %2</translation>
    </message>
    <message>
        <source>Not publishing: the broker remembered for this agenda (%1, room “%2”) was for another timing log. Session → Publish to a broker… publishes this one.</source>
        <translation>未发布：为此议程记住的代理服务器（%1，会场“%2”）属于另一个计时日志。会议 → 发布到代理服务器… 可发布本日志。</translation>
    </message>
    <message>
        <source>Not publishing yet: %1 wants a password. Session → Publish to a broker… asks for it.</source>
        <translation>尚未发布：%1 需要密码。会议 → 发布到代理服务器… 会询问密码。</translation>
    </message>
    <message>
        <source>Publishing as room “%1” (this agenda&apos;s own) to %2; room “%3” is offline now</source>
        <translation>正以会场“%1”（本议程自己的会场）发布到 %2；会场“%3”现已离线</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2, as remembered for this agenda</source>
        <translation>正以会场“%1”发布到 %2（按此议程记住的设置）</translation>
    </message>
    <message>
        <source>Publishing as room “%1” to %2</source>
        <translation>正以会场“%1”发布到 %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to a broker</source>
        <translation>发布到代理服务器</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>代理服务器地址</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal at %1×</source>
        <translation>%1 倍速排练</translation>
    </message>
    <message>
        <source>%1: a second is %2 s of the programme; log %3</source>
        <translation>%1：1 秒相当于议程的 %2 秒；日志 %3</translation>
    </message>
    <message>
        <source>Rehearse… (60×)</source>
        <translation>排练…（60 倍速）</translation>
    </message>
    <message>
        <source>Run this day in its own windows at 60× (a second is a minute), with its own log</source>
        <translation>在独立窗口中以 60 倍速运行当天（1 秒即 1 分钟），使用独立日志</translation>
    </message>
</context>
<context>
    <name>RoomTileWidget</name>
    <message>
        <source>last known</source>
        <translation>最后已知</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>NO SIGNAL</source>
        <translation>无信号</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Day over</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>今天的会议已结束</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
</context>
<context>
    <name>RundownEditor</name>
    <message>
        <source>Insert segment…</source>
        <translation>插入环节…</translation>
    </message>
    <message>
        <source>Add a segment after the running one: its title, Tab, its length, Enter</source>
        <translation>在当前环节后添加环节：标题、Tab、时长、回车</translation>
    </message>
    <message>
        <source>Accept recovery plan</source>
        <translation>接受挽回方案</translation>
    </message>
    <message>
        <source>Make the cuts the recovery plan proposes to hold the hard stop</source>
        <translation>执行挽回方案提出的压缩，以守住硬性结束时间</translation>
    </message>
    <message>
        <source>Set recovery plan aside</source>
        <translation>暂不采用挽回方案</translation>
    </message>
    <message>
        <source>Not now: a new plan is offered only when it changes</source>
        <translation>暂不：方案有变化时才会提供新方案</translation>
    </message>
    <message>
        <source>Change length…</source>
        <translation>更改时长…</translation>
    </message>
    <message>
        <source>Change the planned length of the selected segment (not yet started)</source>
        <translation>更改所选环节（尚未开始）的计划时长</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename the selected segment (not yet started)</source>
        <translation>重命名所选环节（尚未开始）</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected segment one place earlier (among those to come)</source>
        <translation>将所选环节提前一位（在待进行的环节中）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected segment one place later</source>
        <translation>将所选环节推后一位</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected segment from the day (not yet started)</source>
        <translation>从当天议程中删除所选环节（尚未开始）</translation>
    </message>
    <message>
        <source>Speakers&apos; limit…</source>
        <translation>发言人时限…</translation>
    </message>
    <message>
        <source>Give the selected segment&apos;s waiting speakers a limit, or drop it</source>
        <translation>为所选环节中等待的发言人设定时限，或取消时限</translation>
    </message>
    <message>
        <source>Save rundown as…</source>
        <translation>将议程另存为…</translation>
    </message>
    <message>
        <source>Write the day as changed to an agenda file</source>
        <translation>将变更后的当天议程写入议程文件</translation>
    </message>
    <message>
        <source>&amp;Rundown</source>
        <translation>议程(&amp;R)</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2); it runs next</source>
        <translation>已插入“%1”（%2）；它将接着进行</translation>
    </message>
    <message>
        <source>Inserted &apos;%1&apos; (%2) to start at %3</source>
        <translation>已插入“%1”（%2），将于 %3 开始</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the day?</source>
        <translation>要从当天议程中删除“%1”吗？</translation>
    </message>
    <message>
        <source>⚠ %1  Ctrl+R accepts · Ctrl+D sets it aside.</source>
        <translation>⚠ %1  Ctrl+R 接受 · Ctrl+D 暂不采用。</translation>
    </message>
    <message>
        <source>No recovery plan on offer: the day ends by its hard stop</source>
        <translation>没有挽回方案：当天可在硬性结束时间前结束</translation>
    </message>
    <message>
        <source>✓ Plan %1 accepted at %2: %3.</source>
        <translation>✓ 已于 %2 接受方案 %1：%3。</translation>
    </message>
    <message>
        <source>No recovery plan on offer</source>
        <translation>当前没有挽回方案</translation>
    </message>
    <message>
        <source>Recovery plan %1 set aside; a new one is offered when the plan changes</source>
        <translation>已暂不采用挽回方案 %1；方案有变化时将提供新方案</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the rundown as changed to %1</source>
        <translation>已将变更后的议程保存到 %1</translation>
    </message>
    <message>
        <source>Select a segment in the rundown first</source>
        <translation>请先在议程中选择一个环节</translation>
    </message>
    <message>
        <source>Change length</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Planned length (5m, 1h10m):</source>
        <translation>计划时长（5m、1h10m）：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Speakers&apos; limit</source>
        <translation>发言人时限</translation>
    </message>
    <message>
        <source>Limit per speaker (2m30s; empty: none):</source>
        <translation>每位发言人时限（2m30s；留空：不限）：</translation>
    </message>
    <message>
        <source>Save rundown as</source>
        <translation>将议程另存为</translation>
    </message>
    <message>
        <source>Agenda files (*.yaml *.yml)</source>
        <translation>议程文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>挽回方案</translation>
    </message>
    <message>
        <source>How to hold the hard stop; Ctrl+R accepts it</source>
        <translation>如何守住硬性结束时间；按 Ctrl+R 接受</translation>
    </message>
</context>
<context>
    <name>RundownModel</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Speaker(s)</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned start in the agenda&apos;s zone</source>
        <translation>计划开始时间（议程所用时区）</translation>
    </message>
    <message>
        <source>When it actually started; &apos;≈&apos; marks a projected start for what is still to come</source>
        <translation>实际开始时间；“≈”表示尚未开始环节的预计开始时间</translation>
    </message>
    <message>
        <source>Segment title (hover for its group and notes)</source>
        <translation>环节标题（悬停可查看所属组别和备注）</translation>
    </message>
    <message>
        <source>Speaker or speakers&apos; list</source>
        <translation>发言者或发言名单</translation>
    </message>
    <message>
        <source>Planned length (with any minutes added or removed)</source>
        <translation>计划时长（含增减的分钟）</translation>
    </message>
    <message>
        <source>Actual length; live for the running segment</source>
        <translation>实际时长；当前环节实时更新</translation>
    </message>
    <message>
        <source>done, running, paused, next, skipped</source>
        <translation>已完成、进行中、已暂停、下一项、已跳过</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>ShareViewsDialog</name>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Stage (OBS)</source>
        <translation>舞台 (OBS)</translation>
    </message>
    <message>
        <source>Control API</source>
        <translation>控制 API</translation>
    </message>
    <message>
        <source>Share live views</source>
        <translation>共享实时视图</translation>
    </message>
    <message>
        <source>Serve the chair&apos;s, the speakers&apos; and the stage&apos;s views to browsers on other machines. 127.0.0.1 serves this computer only; 0.0.0.0 serves the whole local network.</source>
        <translation>向其他计算机上的浏览器提供主席、发言者和舞台视图。127.0.0.1 仅供本机使用；0.0.0.0 面向整个局域网。</translation>
    </message>
    <message>
        <source>Address (HOST:PORT)</source>
        <translation>地址（主机:端口）</translation>
    </message>
    <message>
        <source>Also offer the control API (Companion, Stream Deck), with its own link</source>
        <translation>同时提供控制 API（Companion、Stream Deck），使用单独的链接</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>开始提供</translation>
    </message>
    <message>
        <source>Each link opens its own view only: send each to those it is for.</source>
        <translation>每个链接只打开其对应的视图：请将每个链接发送给相应的人。</translation>
    </message>
    <message>
        <source>New links (the old ones stop working)</source>
        <translation>新链接（旧链接将失效）</translation>
    </message>
    <message>
        <source>The host&apos;s language (follows View → Language)</source>
        <translation>主持人的语言（随 视图 → 语言 变化）</translation>
    </message>
    <message>
        <source>Pages in</source>
        <translation>页面语言</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>链接已复制：%1</translation>
    </message>
    <message>
        <source>Make new links? Everyone with an old link loses the view until sent a new one.</source>
        <translation>生成新链接？持有旧链接的人在收到新链接前将无法查看。</translation>
    </message>
</context>
<context>
    <name>SpeakerLine</name>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>Now: %1 %2 left</source>
        <translation>正在发言：%1，剩余 %2</translation>
    </message>
    <message>
        <source>Now: %1 over by %2</source>
        <translation>正在发言：%1，已超时 %2</translation>
    </message>
    <message>
        <source>Now: %1 %2</source>
        <translation>正在发言：%1 %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一位：%1</translation>
    </message>
    <message>
        <source>Replies: %1</source>
        <translation>答辩：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>发言中</translation>
    </message>
    <message>
        <source>spoken</source>
        <translation>已发言</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <source>group</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 — reply %2</source>
        <translation>%1 — 第%2次答辩</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>No speaker</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>Add a speaker (Enter)…</source>
        <translation>添加发言者（Enter）…</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Optional speaking time: 90s, 3m, 2:00 … (default: the segment&apos;s)</source>
        <translation>可选发言时限：90s、3m、2:00…（默认：沿用本环节的时限）</translation>
    </message>
    <message>
        <source>Move the selected speaker up (or drag it)</source>
        <translation>将所选发言者上移（或拖动）</translation>
    </message>
    <message>
        <source>Move the selected speaker down (or drag it)</source>
        <translation>将所选发言者下移（或拖动）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip the selected speaker (again to bring back)</source>
        <translation>跳过所选发言者（再按一次恢复）</translation>
    </message>
    <message>
        <source>Strike the selected delegation (or speaker) still waiting from the list</source>
        <translation>将所选仍在等候的代表团（或发言者）从名单中删除</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>程序问题</translation>
    </message>
    <message>
        <source>Speaking:</source>
        <translation>正在发言：</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>下一位：</translation>
    </message>
    <message>
        <source>No speakers&apos; list: add a name below.</source>
        <translation>没有发言名单：请在下方添加姓名。</translation>
    </message>
    <message>
        <source>Add a delegation: a code or a name (Enter)…</source>
        <translation>添加代表团：代码或名称（Enter）…</translation>
    </message>
    <message>
        <source>Select a delegation in the speakers&apos; list first</source>
        <translation>请先在发言名单中选择一个代表团</translation>
    </message>
    <message>
        <source>Select a speaker to move first</source>
        <translation>请先选择要移动的发言者</translation>
    </message>
</context>
<context>
    <name>mqtt</name>
    <message>
        <source>connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <source>%2 — retrying</source>
        <translation>%2 — 正在重试</translation>
    </message>
    <message>
        <source>%2 — check the user and password</source>
        <translation>%2 — 请检查用户名和密码</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>the broker</source>
        <translation>代理服务器</translation>
    </message>
</context>
</TS>
