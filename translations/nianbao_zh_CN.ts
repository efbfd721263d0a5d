<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FillTotals</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Every total already agrees with its parts.</source>
        <translation>各项合计均与分项之和一致。</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (replaces %3)</source>
        <translation>%1：%2（替换原来的 %3）</translation>
    </message>
    <message>
        <source>%1: would be %2, and it cannot be negative: the figures it is computed from disagree</source>
        <translation>%1：计算结果为 %2，但不能为负数：计算它所依据的数字互相矛盾</translation>
    </message>
    <message>
        <source>Fill totals</source>
        <translation>填写合计</translation>
    </message>
    <message>
        <source>No total can be filled:

%1</source>
        <translation>没有可以填写的合计：

%1</translation>
    </message>
    <message numerus="yes">
        <source>No total filled: %n total(s) would be negative</source>
        <translation>
            <numerusform>未填写合计：%n 个合计的计算结果为负数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill Totals will write %n value(s):</source>
        <translation>
            <numerusform>“填写合计”将写入 %n 个数值：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It cannot fill %n total(s):</source>
        <translation>
            <numerusform>无法填写 %n 个合计：</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill the totals?</source>
        <translation>是否填写合计？</translation>
    </message>
    <message>
        <source>Fill Totals</source>
        <translation>填写合计</translation>
    </message>
    <message numerus="yes">
        <source>%n total(s) filled;</source>
        <translation>
            <numerusform>已填写 %n 个合计；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left as they are (they would be negative).</source>
        <translation>
            <numerusform>%n 个保持不变（计算结果为负数）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n total(s) filled from the entered values.</source>
        <translation>
            <numerusform>已根据填写的数值填写 %n 个合计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>nianbao</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>打开最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
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
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Standard Text (.txt)…</source>
        <translation>标准文本(.txt)(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>清除单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Fill &amp;Totals</source>
        <translation>填写合计(&amp;T)</translation>
    </message>
    <message>
        <source>Fill &amp;Blank Cells with 0…</source>
        <translation>空白单元格填0(&amp;B)…</translation>
    </message>
    <message>
        <source>Compute Totals &amp;Automatically</source>
        <translation>自动计算合计(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Next Part</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Part</source>
        <translation>上一部分(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>下一条检查结果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About nianbao</source>
        <translation>关于年报(&amp;A)</translation>
    </message>
    <message>
        <source>Con&amp;firm Imported Values</source>
        <translation>确认导入的数值(&amp;F)</translation>
    </message>
    <message>
        <source>Accept the values the importer could not read with certainty (marked “?”) in the selected cells</source>
        <translation>确认所选单元格中导入时未能确定的数值（标有“?”）</translation>
    </message>
    <message>
        <source>Keep a &amp;Backup of the Previous Version</source>
        <translation>保存时保留上一版本备份(&amp;B)</translation>
    </message>
    <message>
        <source>When saving, keep the previous version of the file as FILE.nianbao.bak</source>
        <translation>保存时把文件的上一版本保留为“文件名.nianbao.bak”</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Report information</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>&amp;Organ name (机关名称)</source>
        <translation>机关名称(&amp;O)</translation>
    </message>
    <message>
        <source>Report &amp;year</source>
        <translation>报告年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>机关类别(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;ier</source>
        <translation>行政层级(&amp;I)</translation>
    </message>
    <message>
        <source>Document &amp;number (文号)</source>
        <translation>文号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Addressee (主送机关)</source>
        <translation>主送机关(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Signature (发文机关署名)</source>
        <translation>发文机关署名(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Date written (成文日期)</source>
        <translation>成文日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Publication date</source>
        <translation>公开日期(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;eadline set by a local notice</source>
        <translation>本地通知规定的报送期限(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copies to (抄送)</source>
        <translation>抄送(&amp;C)</translation>
    </message>
    <message>
        <source>Issued &amp;by (印发)</source>
        <translation>印发(&amp;B)</translation>
    </message>
    <message>
        <source>Dates are written as 2024年1月22日 or 2024-01-22. Level and tier decide which checks apply (规章, the publication deadline).</source>
        <translation>日期写作 2024年1月22日 或 2024-01-22。机关类别和行政层级决定适用哪些检查（规章、公开期限）。</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>&amp;Organ name (机关名称):</source>
        <translation>机关名称(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 青禾县人民政府</source>
        <translation>例如：青禾县人民政府</translation>
    </message>
    <message>
        <source>Report &amp;year:</source>
        <translation>报告年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>机关类别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>行政层级(&amp;T)：</translation>
    </message>
    <message>
        <source>The format follows the report year (2019 and 2020: the 2019 format; 2021 on: the 2021 format). Level and tier are read from the organ&apos;s name; correct them if needed.</source>
        <translation>格式按报告年度确定（2019、2020年度用2019年版格式；2021年度起用2021年版格式）。机关类别和行政层级根据机关名称判断，如有不对请更正。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如不保存，所做的修改将会丢失。</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>The editor closed unexpectedly while “%1” had unsaved changes. Recover them?</source>
        <translation>编辑器意外关闭时，“%1”有未保存的修改。是否恢复？</translation>
    </message>
    <message>
        <source>Recovered version: %1
Saved version: %2</source>
        <translation>可恢复的版本：%1
已保存的版本：%2</translation>
    </message>
    <message>
        <source>Recovered version: %1
The report was never saved.</source>
        <translation>可恢复的版本：%1
该报告从未保存过。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>PgDown</source>
        <translation>下翻页键</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>上翻页键</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>money must be {&quot;fen&quot;: whole number, &quot;unit&quot;: 元|万元|亿元}</source>
        <translation>金额应写作 {&quot;fen&quot;: 整数, &quot;unit&quot;: 元|万元|亿元}</translation>
    </message>
    <message>
        <source>money must be a string with its unit, e.g. &quot;10822万元&quot;</source>
        <translation>金额应为带单位的字符串，例如&quot;10822万元&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>&quot;%1&quot;不是金额</translation>
    </message>
    <message>
        <source>must be a whole number or null (blank)</source>
        <translation>应为整数或 null（空白）</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot;不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>line %1: the file is truncated or damaged (%2)</source>
        <translation>第%1行：文件不完整或已损坏（%2）</translation>
    </message>
    <message>
        <source>line %1: not a nianbao report file (not valid JSON: %2)</source>
        <translation>第%1行：不是年报报告文件（JSON 格式有误：%2）</translation>
    </message>
    <message>
        <source>not a nianbao report file (no JSON object)</source>
        <translation>不是年报报告文件（没有 JSON 对象）</translation>
    </message>
    <message>
        <source>not a nianbao report file (no format version)</source>
        <translation>不是年报报告文件（没有格式版本）</translation>
    </message>
    <message>
        <source>written by a newer version of nianbao (%1, file version %2); this version reads file versions up to %3. Please update nianbao.</source>
        <translation>此文件由较新版本的年报软件（%1，文件版本%2）生成；本版本只能读取%3及以下版本的文件。请升级年报软件。</translation>
    </message>
    <message>
        <source>unknown file version %1</source>
        <translation>未知的文件版本%1</translation>
    </message>
    <message>
        <source>unknown report format &quot;%1&quot; (known: %2)</source>
        <translation>未知的报告格式&quot;%1&quot;（已知格式：%2）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>must be a year</source>
        <translation>应为年份</translation>
    </message>
    <message>
        <source>must be &quot;government&quot; or &quot;department&quot;</source>
        <translation>应为&quot;government&quot;（人民政府）或&quot;department&quot;（政府部门）</translation>
    </message>
    <message>
        <source>must be national, province, city, county or township</source>
        <translation>应为 national、province、city、county 或 township（国家、省、市、县、乡级）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot;不是日期时间</translation>
    </message>
    <message>
        <source>unknown section (known: %1)</source>
        <translation>未知的部分（已知：%1）</translation>
    </message>
    <message>
        <source>must be an array of section keys</source>
        <translation>应为部分键名的数组</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>未知的部分&quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <source>unknown cell id for format %1</source>
        <translation>格式%1中没有此单元格编号</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file</source>
        <translation>%1：是文件夹，不是报告文件</translation>
    </message>
    <message>
        <source>%1: too large for a report file (%2 MB; the limit is %3 MB)</source>
        <translation>%1：文件过大，不像报告文件（%2 MB，上限为%3 MB）</translation>
    </message>
    <message>
        <source>the file is in UTF-16; report files are UTF-8. Save it again as UTF-8.</source>
        <translation>文件为 UTF-16 编码；报告文件应为 UTF-8 编码。请重新保存为 UTF-8。</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (it looks like GBK/GB18030); report files are UTF-8. Save it again as UTF-8.</source>
        <translation>文件不是 UTF-8 编码（似为 GBK/GB18030）；报告文件应为 UTF-8 编码。请重新保存为 UTF-8。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice in the same object; keep one of them</source>
        <translation>第 %1 行：“%2”在同一对象中出现了两次；请只保留一个</translation>
    </message>
    <message>
        <source>the file version %1 is not a whole number</source>
        <translation>文件版本号 %1 不是整数</translation>
    </message>
    <message>
        <source>%1 characters; one text of a report may hold at most %2</source>
        <translation>%1 个字符；报告中的一段文字最多 %2 个字符</translation>
    </message>
    <message>
        <source>must be an array of file names</source>
        <translation>必须是文件名数组</translation>
    </message>
    <message>
        <source>must be a file name</source>
        <translation>必须是文件名</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Write, check and export the annual government information disclosure report.</source>
        <translation>编写、检查和导出政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent reports:</source>
        <translation>最近的报告(&amp;R)：</translation>
    </message>
    <message>
        <source>New from &amp;Last Year&apos;s Report…</source>
        <translation>从上年报告新建(&amp;L)…</translation>
    </message>
    <message>
        <source>Start this year&apos;s report from last year&apos;s: organ, carried-over figures and last year&apos;s text as a draft</source>
        <translation>以上年报告为基础新建本年报告：机关信息、结转数据，上年文字作为草稿</translation>
    </message>
</context>
<context>
    <name>nianbao</name>
    <message>
        <source>The unit must be %1</source>
        <translation>单位应为%1</translation>
    </message>
    <message>
        <source>This cell cannot be negative</source>
        <translation>此单元格不能为负数</translation>
    </message>
    <message>
        <source>This cell takes no sign</source>
        <translation>此单元格不填正负号</translation>
    </message>
    <message>
        <source>Misplaced thousands separator</source>
        <translation>千位分隔符位置不对</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>Value too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>Whole numbers only</source>
        <translation>只能填整数</translation>
    </message>
    <message>
        <source>Money is exact to 1 fen (0.01 yuan) at most</source>
        <translation>金额最多精确到分（0.01元）</translation>
    </message>
</context>
<context>
    <name>nianbao::BatchSummary</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unconfirmed cells</source>
        <translation>待确认单元格</translation>
    </message>
    <message>
        <source>First findings</source>
        <translation>主要检查结果</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>检查汇总</translation>
    </message>
    <message>
        <source>%1 reports, %2 with errors (%3 errors in all), %4 could not be read.</source>
        <translation>共%1份报告，%2份有错误（共%3处错误），%4份无法读取。</translation>
    </message>
</context>
<context>
    <name>nianbao::Consolidation</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: %2 (the others: %3)</source>
        <translation>%1：%2（其他报告为：%3）</translation>
    </message>
    <message>
        <source>must add up</source>
        <translation>必须相符</translation>
    </message>
    <message>
        <source>should add up</source>
        <translation>应当相符</translation>
    </message>
    <message>
        <source>information</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Unconfirmed cells</source>
        <translation>待确认单元格</translation>
    </message>
    <message>
        <source>Missing sections</source>
        <translation>缺少的部分</translation>
    </message>
    <message>
        <source>Repeated from last year</source>
        <translation>与上年重复</translation>
    </message>
    <message>
        <source>Repeated from other units</source>
        <translation>与其他单位重复</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>汇总报告</translation>
    </message>
    <message>
        <source>Sum of children</source>
        <translation>下级报告合计</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Missing: no report from this unit</source>
        <translation>缺报：该单位未报送报告</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %n report(s) of this organ</source>
        <translation>
            <numerusform>重复：该机关有%n份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the units list</source>
        <translation>不在单位名单中</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>年度报告汇总</translation>
    </message>
    <message>
        <source>%1 reports read, %2 could not be read, %3 units missing, %4 duplicated; %5 cells differ from the sum.</source>
        <translation>已读取%1份报告，%2份无法读取，缺报%3个单位，重复%4个；%5个单元格与合计不符。</translation>
    </message>
    <message>
        <source>Parent and sum of children</source>
        <translation>汇总报告与下级报告合计</translation>
    </message>
    <message>
        <source>%1: line %2: expected name, level and an optional code</source>
        <translation>%1：第%2行：应为名称、级别和（可选的）代码</translation>
    </message>
    <message>
        <source>%1: line %2: %3 is already listed on line %4</source>
        <translation>%1：第%2行：%3 已列在第%4行</translation>
    </message>
    <message>
        <source>%1: lists no unit</source>
        <translation>%1：没有列出任何单位</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::EditorModule</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not the editor of this version of nianbao</source>
        <translation>%1：不是本版本 nianbao 的编辑器模块</translation>
    </message>
    <message>
        <source>the editor of nianbao is missing or damaged (%1); reinstall nianbao</source>
        <translation>nianbao 的编辑器模块缺失或已损坏（%1），请重新安装 nianbao</translation>
    </message>
</context>
<context>
    <name>nianbao::FontSet</name>
    <message>
        <source>No usable Chinese font is installed, so the export would print empty boxes. Install the fonts of your office (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体, 宋体) or the free fonts nianbao works with: sudo apt install fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-wqy-microhei</source>
        <translation>系统中没有可用的中文字体，导出的文件会显示为空白方框。请安装本单位使用的字体（仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体、宋体），或安装年报软件可用的免费字体：sudo apt install fonts-arphic-gkai00mp fonts-arphic-gbsn00lp fonts-wqy-microhei</translation>
    </message>
    <message>
        <source> (stand-in: the office font is not installed)</source>
        <translation>（替代字体：未安装公文所用字体）</translation>
    </message>
    <message>
        <source>%1 (breaks search and copy in the PDF)</source>
        <translation>%1（会使PDF中的文字无法搜索和复制）</translation>
    </message>
    <message>
        <source>%1 (its licence does not allow embedding)</source>
        <translation>%1（其授权不允许嵌入）</translation>
    </message>
    <message>
        <source>No other Chinese font was found.</source>
        <translation>未找到其他中文字体。</translation>
    </message>
    <message>
        <source>Found but not usable: %1.</source>
        <translation>已找到但不能使用：%1。</translation>
    </message>
</context>
<context>
    <name>nianbao::LastYearLink</name>
    <message>
        <source>%1: last year&apos;s report %2 is not there; the cross-year checks are skipped</source>
        <translation>%1：找不到上年报告 %2，跨年度检查未进行</translation>
    </message>
    <message>
        <source>%1: last year&apos;s report %2 has changed since it was linked</source>
        <translation>%1：上年报告 %2 在关联后已被修改</translation>
    </message>
    <message>
        <source>%1: too large for last year&apos;s report (%2 MB; the limit is %3 MB)</source>
        <translation>%1：作为上年报告过大（%2 MB，上限为 %3 MB）</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report</source>
        <translation>%1：是文件夹，不是报告</translation>
    </message>
</context>
<context>
    <name>nianbao::PageRenderer</name>
    <message>
        <source>%1 in “%2”</source>
        <translation>“%2”中的%1</translation>
    </message>
    <message>
        <source>These characters are in none of the installed fonts and would print as empty boxes: %1. Install a font that has them (for example fonts-wqy-microhei) or change the text.</source>
        <translation>以下字符在已安装的字体中都没有，会打印成空白方框：%1。请安装包含这些字符的字体（例如 fonts-wqy-microhei），或修改文字。</translation>
    </message>
    <message>
        <source>Cannot paint on the output device.</source>
        <translation>无法在输出设备上绘制。</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfFont</name>
    <message>
        <source>Out of memory while embedding a font.</source>
        <translation>嵌入字体时内存不足。</translation>
    </message>
    <message>
        <source>The font %1 could not be embedded in the PDF: its file may be damaged. Reinstall that font, or remove it so that nianbao uses another one.</source>
        <translation>无法将字体 %1 嵌入 PDF：字体文件可能已损坏。请重新安装该字体，或将其删除，让 nianbao 改用其他字体。</translation>
    </message>
</context>
<context>
    <name>nianbao::RecoveryFile</name>
    <message>
        <source>%1: not a recovery file</source>
        <translation>%1：不是恢复文件</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: too large for a recovery file</source>
        <translation>%1：文件过大，不像恢复文件</translation>
    </message>
</context>
<context>
    <name>nianbao::RegularFile</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket); only files are read</source>
        <translation>%1：不是普通文件（而是设备、管道或套接字）；只读取普通文件</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>nianbao::SafeSave</name>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>the disk is full (%1 KB free, %2 KB needed). Free some space, or save the report on another drive with Save As.</source>
        <translation>磁盘已满（剩余 %1 KB，需要 %2 KB）。请清理磁盘空间，或用“另存为”保存到其他磁盘。</translation>
    </message>
    <message>
        <source>cannot keep the previous version as %1: %2</source>
        <translation>无法把上一版本保留为 %1：%2</translation>
    </message>
    <message>
        <source>what was read back differs from what was written</source>
        <translation>写入后读回的内容与写入的不一致</translation>
    </message>
    <message>
        <source>%1. The previous version was put back and is also kept as %2.</source>
        <translation>%1。已恢复上一版本，并另存为 %2。</translation>
    </message>
    <message>
        <source>the folder %1 does not exist (a removed drive or a disconnected network folder?)</source>
        <translation>文件夹 %1 不存在（是否已拔出移动磁盘或断开网络文件夹？）</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>已有同名的文件夹</translation>
    </message>
    <message>
        <source>the file is read-only. Save the report under another name with Save As, or clear the file&apos;s read-only mark.</source>
        <translation>文件是只读的。请用“另存为”换个文件名保存，或取消文件的只读属性。</translation>
    </message>
    <message>
        <source>the folder %1 does not allow new files (it is read-only), so the file cannot be replaced safely. Save the report in another folder with Save As.</source>
        <translation>文件夹 %1 不允许新建文件（只读），无法安全地替换该文件。请用“另存为”将报告保存到其他文件夹。</translation>
    </message>
    <message>
        <source>the link leads round in a loop (or through more than %1 links); save the report under another name with Save As</source>
        <translation>链接形成循环（或经过超过 %1 层链接）；请用“另存为”以其他名称保存报告</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a socket)</source>
        <translation>不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>you may not change this file (its owner is %1). Save the report under another name with Save As.</source>
        <translation>您无权修改此文件（所有者为 %1）。请用“另存为”以其他名称保存报告。</translation>
    </message>
</context>
<context>
    <name>nianbao::cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--deadline must be a date like 2024-01-20</source>
        <translation>--deadline 应为日期，例如 2024-01-20</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>usage: nianbao check [--json] [--last-year FILE] [--deadline DATE] [--summary OUT.csv|OUT.html] FILE...</source>
        <translation>用法：nianbao check [--json] [--last-year 文件] [--deadline 日期] [--summary 输出.csv|输出.html] 文件...</translation>
    </message>
    <message>
        <source>--summary writes .csv or .html, not %1</source>
        <translation>--summary 只能写 .csv 或 .html 文件，不能写 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 reports summarised</source>
        <translation>%1：已汇总%2份报告</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>必须用 -o 指定输出文件</translation>
    </message>
    <message>
        <source>--year must be a report year (2019 or later)</source>
        <translation>--year 应为报告年度（2019年及以后）</translation>
    </message>
    <message>
        <source>--organ is required</source>
        <translation>必须用 --organ 指定机关名称</translation>
    </message>
    <message>
        <source>unknown format %1 (known: %2)</source>
        <translation>未知格式 %1（已知格式：%2）</translation>
    </message>
    <message>
        <source>--level must be government or department</source>
        <translation>--level 应为 government（人民政府）或 department（政府部门）</translation>
    </message>
    <message>
        <source>--tier must be national, province, city, county or township</source>
        <translation>--tier 应为 national、province、city、county 或 township（国家、省、市、县、乡级）</translation>
    </message>
    <message>
        <source>usage: nianbao set FILE CELL=VALUE...</source>
        <translation>用法：nianbao set 文件 单元格=值...</translation>
    </message>
    <message>
        <source>%1: expected CELL=VALUE</source>
        <translation>%1：应写作 单元格=值</translation>
    </message>
    <message>
        <source>%1: no such cell in format %2</source>
        <translation>%1：格式 %2 中没有此单元格</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot;: %4</source>
        <translation>%1（%2）：“%3”：%4</translation>
    </message>
    <message>
        <source>%1: nothing changed:
  %2</source>
        <translation>%1：未做任何修改：
  %2</translation>
    </message>
    <message numerus="yes">
        <source>nianbao: warning: %1 still has %n error(s)</source>
        <translation>
            <numerusform>nianbao：警告：%1 仍有%n个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>Fonts:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>Embedded:</source>
        <translation>已嵌入：</translation>
    </message>
    <message>
        <source>Fonts named in the document:</source>
        <translation>文档中指定的字体：</translation>
    </message>
    <message>
        <source>--last-year: %1</source>
        <translation>上年报告（--last-year）：%1</translation>
    </message>
    <message>
        <source>%1: the report has no year; set it before starting the next one</source>
        <translation>%1：该报告没有填写年度，请先填写，再新建下一年度报告</translation>
    </message>
    <message>
        <source>%1: %2 report for %3 (%4), started from %5</source>
        <translation>%1：%3年度%4报告（%2格式），以 %5 为基础新建</translation>
    </message>
    <message numerus="yes">
        <source>Last year&apos;s text is kept as a draft in %n section(s); rewrite it for this year.</source>
        <translation>
            <numerusform>%n个部分保留了上年文字作为草稿，请按本年度情况改写。</numerusform>
        </translation>
    </message>
    <message>
        <source>License %1: GNU GPL version 3 or later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>许可证 %1：GNU 通用公共许可证第 3 版或更高版本 &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;。
本程序是自由软件：您可以自由地修改和再分发它。
在法律允许的范围内，本程序不提供任何担保。</translation>
    </message>
    <message>
        <source>usage: nianbao consolidate CHILD... [--units UNITS.csv] --organ NAME -o PARENT.nianbao [--report OUT.html|OUT.csv]
   or: nianbao consolidate CHILD... --compare PARENT.nianbao [--json]</source>
        <translation>用法：nianbao consolidate 下级报告... [--units 单位名单.csv] --organ 机关名称 -o 汇总报告.nianbao [--report 输出.html|输出.csv]
  或：nianbao consolidate 下级报告... --compare 汇总报告.nianbao [--json]</translation>
    </message>
    <message>
        <source>--organ NAME and -o PARENT.nianbao are required (or --compare PARENT.nianbao)</source>
        <translation>必须用 --organ 指定机关名称、用 -o 指定汇总报告文件（或用 --compare 指定要核对的汇总报告）</translation>
    </message>
    <message>
        <source>--compare checks an existing parent report; it writes none (-o)</source>
        <translation>--compare 只核对已有的汇总报告，不写出报告（不能同时用 -o）</translation>
    </message>
    <message>
        <source>--json goes with --compare</source>
        <translation>--json 只能与 --compare 一起使用</translation>
    </message>
    <message>
        <source>--report writes .csv or .html, not %1</source>
        <translation>--report 只能写 .csv 或 .html 文件，不能写 %1</translation>
    </message>
    <message numerus="yes">
        <source>Missing (%n unit(s)): %1</source>
        <translation>
            <numerusform>缺报（%n个单位）：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated: %1 (%2)</source>
        <translation>重复报送：%1（%2）</translation>
    </message>
    <message>
        <source>Not in the units list: %1 (%2)</source>
        <translation>不在单位名单中：%1（%2）</translation>
    </message>
    <message>
        <source>Repeated prose: %1 shares %2% of its text with %3</source>
        <translation>文字重复：%1 有%2%的内容与%3相同</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1：%n个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3, but the children are %4 %5</source>
        <translation>%1：为%2格式%3年度，但下级报告为%4格式%5年度</translation>
    </message>
    <message>
        <source>parent %1, sum %2, difference %3</source>
        <translation>汇总报告 %1，合计 %2，差额 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s) differ from the sum of %2 reports</source>
        <translation>
            <numerusform>%1：有%n个单元格与%2份报告的合计不符</numerusform>
        </translation>
    </message>
    <message>
        <source>the reports are not all of one format and year; nothing consolidated</source>
        <translation>报告的格式或年度不一致，未汇总</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) could not be read; nothing consolidated</source>
        <translation>
            <numerusform>%n份报告无法读取，未汇总</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the sum of %n report(s)</source>
        <translation>
            <numerusform>%1：%n份报告的合计</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such command or file</source>
        <translation>%1：没有这个命令或文件</translation>
    </message>
    <message>
        <source>%1: no such command or file; did you mean &quot;%2&quot;?</source>
        <translation>%1：没有这个命令或文件；是否要用 &quot;%2&quot;？</translation>
    </message>
    <message>
        <source>--format %1: not a known format (known: %2)</source>
        <translation>--format %1：不是可用的格式（可用：%2）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <source>%1 and %2 would both be written to %3: export them to different folders</source>
        <translation>%1 和 %2 都会写入 %3：请导出到不同的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n report(s) exported to %2</source>
        <translation>
            <numerusform>共 %n 份报告，已导出 %1 份到 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: nianbao export FILE -o OUT.pdf|.odt|.docx|.html|.txt
   or: nianbao export FILE... --outdir DIR [--format pdf|odt|docx|html|txt]</source>
        <translation>用法：nianbao export 文件 -o 输出.pdf|.odt|.docx|.html|.txt
   或：nianbao export 文件... --outdir 文件夹 [--format pdf|odt|docx|html|txt]</translation>
    </message>
    <message>
        <source>%1: cannot export to &quot;%2&quot; (known: .pdf .odt .docx .html .txt)</source>
        <translation>%1：不能导出为“%2”格式（可用：.pdf .odt .docx .html .txt）</translation>
    </message>
    <message>
        <source>usage: nianbao import IN.txt|.docx|.doc|.wps|.html|.pdf [--last-year FILE] -o OUT.nianbao</source>
        <translation>用法：nianbao import 输入.txt|.docx|.doc|.wps|.html|.pdf [--last-year 文件] -o 输出.nianbao</translation>
    </message>
    <message>
        <source>%1: the output is the input %2; choose another output file</source>
        <translation>%1：输出文件就是输入文件 %2；请另选输出文件</translation>
    </message>
    <message>
        <source>%1 exists; add --force to replace it (the previous version is then kept as %2)</source>
        <translation>%1 已存在；如要替换请加 --force（原文件将保留为 %2）</translation>
    </message>
    <message>
        <source>Usage: nianbao [FILE]
   or: nianbao new --year YEAR --organ NAME [OPTION]... -o FILE [--force]
   or: nianbao new --from LAST.nianbao|LAST.txt -o FILE [--force]
   or: nianbao check [OPTION]... FILE...
   or: nianbao import IN.txt|.docx|.doc|.wps|.html|.pdf [--last-year FILE] -o OUT.nianbao [--force]
   or: nianbao export FILE -o OUT.pdf|OUT.odt|OUT.docx|OUT.html|OUT.txt
   or: nianbao export FILE... --outdir DIR [--format pdf|odt|docx|html|txt]
   or: nianbao set FILE CELL=VALUE...
   or: nianbao consolidate CHILD... --organ NAME -o PARENT.nianbao [OPTION]...
   or: nianbao consolidate CHILD... --compare PARENT.nianbao [--json]
Without a command, open the editor (on FILE).

nianbao new: start a report
  --format gov-2019|gov-2021     the national format (default: the year&apos;s)
  --level government|department
  --tier national|province|city|county|township
  --from LAST.nianbao|LAST.txt   start this year&apos;s report from last year&apos;s
  --force                        replace an existing FILE (kept as FILE.bak)

nianbao check: check reports (.nianbao, or .txt imported first);
exit 0 ok, 1 errors found, 2 unreadable
  --json                         print the findings as JSON
  --last-year FILE               compare with last year&apos;s report
  --deadline YYYY-MM-DD          the publication deadline, if the report has none
  --summary OUT.csv|OUT.html     one line per report instead of the findings

nianbao import: read a published report (text, Word, web page or PDF); prints
every decision;
exit 0 ok, 1 values to confirm or missing/extra values, 2 not a report
  --last-year FILE               last year&apos;s report, to decide ambiguous figures
  --force                        replace an existing OUT.nianbao (kept as .bak)

nianbao export: write a PDF (GB/T 9704 layout), an editable ODT or Word file, a web
page (HTML) or the standard text layout, by the output&apos;s extension
  --outdir DIR                   export every FILE into DIR, in one run
  --format pdf|odt|docx|html|txt the format with --outdir (default: pdf)

nianbao set: fill cells (an empty VALUE makes the cell blank)

nianbao consolidate: add up the reports of a government&apos;s units (a folder stands
for its reports); exit 0 ok, 1 a report has errors, 2 a report could not be read
or formats and years differ
  --units UNITS.csv              who must report (name, level, optional code)
  --organ NAME                   the organ of the roll-up report
  --report OUT.html|OUT.csv      one row per unit, then parent against the sum
  --compare PARENT.nianbao       check a parent report against the sum of its
                                 children; exit 1 when a cell of section 3 or 4 differs
  --json                         with --compare: print every cell as JSON

  --help                         print this help
  --version                      print the version
</source>
        <translation>用法：nianbao [文件]
   或：nianbao new --year 年度 --organ 机关名称 [选项]... -o 文件 [--force]
   或：nianbao new --from 上年.nianbao|上年.txt -o 文件 [--force]
   或：nianbao check [选项]... 文件...
   或：nianbao import 文本.txt|.docx|.doc|.wps|.html|.pdf [--last-year 文件] -o 输出.nianbao [--force]
   或：nianbao export 文件 -o 输出.pdf|输出.odt|输出.docx|输出.html|输出.txt
   或：nianbao export 文件... --outdir 文件夹 [--format pdf|odt|docx|html|txt]
   或：nianbao set 文件 单元格=数值...
   或：nianbao consolidate 下级报告... --organ 机关名称 -o 汇总报告.nianbao [选项]...
   或：nianbao consolidate 下级报告... --compare 汇总报告.nianbao [--json]
不带命令时打开编辑器（并打开指定的文件）。

nianbao new：新建报告
  --format gov-2019|gov-2021     全国统一格式（默认按年度确定）
  --level government|department  机关类别（人民政府|政府部门）
  --tier national|province|city|county|township  行政层级（国家|省|市|县|乡）
  --from 上年.nianbao|上年.txt   以上年报告为基础新建本年报告
  --force                        替换已有的文件（原文件保留为 文件.bak）

nianbao check：检查报告（.nianbao，或先导入的 .txt）；
退出码 0 无误，1 有错误，2 有文件无法读取
  --json                         以 JSON 格式输出检查结果
  --last-year 文件               与上年报告比对
  --deadline YYYY-MM-DD          报告未写明时使用的公开期限
  --summary 输出.csv|输出.html   每份报告一行的汇总，代替逐条结果

nianbao import：读取已公开的报告（文本、Word、网页或 PDF），列出每一处判断；
退出码 0 无误，1 有待确认或缺少/多余的数值，2 不是年度报告
  --last-year 文件               上年报告，用于判断有歧义的数字
  --force                        替换已有的 输出.nianbao（原文件保留为 .bak）

nianbao export：按输出文件的扩展名导出 PDF（GB/T 9704 版式）、可编辑的 ODT 或 Word 文件、
网页（HTML）或标准文本
  --outdir 文件夹                一次导出所有文件到该文件夹
  --format pdf|odt|docx|html|txt 与 --outdir 同用时的导出格式（默认 pdf）

nianbao set：填写单元格（数值为空则清空该单元格）

nianbao consolidate：汇总本级政府所属部门、乡镇（街道）的报告（可以指定文件夹，代表其中的报告）；
退出码 0 无误，1 有报告存在错误，2 有报告无法读取或格式、年度不一致
  --units 单位名单.csv           应报送的单位（名称、级别、可选的代码）
  --organ 机关名称               汇总报告的机关名称
  --report 输出.html|输出.csv    每个单位一行，然后是汇总报告与合计的对照
  --compare 汇总报告.nianbao     核对汇总报告与下级报告合计是否相符；
                                 三、四部分有单元格不符时退出码为 1
  --json                         与 --compare 一起使用：以 JSON 输出每个单元格

  --help                         显示本帮助
  --version                      显示版本号
</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::CellDelegate</name>
    <message>
        <source>Not accepted: “%1” (%2)</source>
        <translation>未采用：“%1”（%2）</translation>
    </message>
    <message>
        <source>Not accepted: “%1” in %2 (%3); the cell keeps %4</source>
        <translation>未采用：%2中的“%1”（%3），单元格保留原值%4</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Not accepted: “%1” (%2). Correct it or press Esc.</source>
        <translation>未采用：“%1”（%2）。请改正，或按 Esc 取消。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ConsolidateAction</name>
    <message>
        <source>Co&amp;nsolidate…</source>
        <translation>汇总(&amp;N)…</translation>
    </message>
    <message>
        <source>汇总: add up the reports of departments and townships into a roll-up, and compare a parent report with their sum</source>
        <translation>汇总：把各部门、乡镇（街道）的年度报告相加为汇总报告，并将上级报告与其合计比对</translation>
    </message>
    <message>
        <source>The Roll-up&apos;s &amp;Children</source>
        <translation>汇总报告的下级报告(&amp;C)</translation>
    </message>
    <message>
        <source>A &amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Files…</source>
        <translation>文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Consolidate</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Which reports are to be added up? A folder stands for the reports in it (.nianbao files and published texts).</source>
        <translation>要汇总哪些报告？选择文件夹即汇总其中的全部报告（.nianbao 文件和已发布的报告文本）。</translation>
    </message>
    <message>
        <source>Folder of the Reports</source>
        <translation>报告所在文件夹</translation>
    </message>
    <message>
        <source>Reports to Add Up</source>
        <translation>要汇总的报告</translation>
    </message>
    <message>
        <source>Reports (*.nianbao *.txt);;All files (*)</source>
        <translation>报告 (*.nianbao *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Units That Must Report</source>
        <translation>应报送单位名单</translation>
    </message>
    <message>
        <source>Units lists (*.csv);;All files (*)</source>
        <translation>单位名单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Units List</source>
        <translation>单位名单</translation>
    </message>
    <message>
        <source>Create Roll-up</source>
        <translation>生成汇总报告</translation>
    </message>
    <message>
        <source>Type the name of the organ whose roll-up this is first.</source>
        <translation>请先填写汇总报告的机关名称。</translation>
    </message>
    <message numerus="yes">
        <source>Roll-up of %n report(s) created; save it to keep it.</source>
        <translation>
            <numerusform>已汇总 %n 份报告生成汇总报告；请保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Roll-up</source>
        <translation>更新汇总报告</translation>
    </message>
    <message>
        <source>The children cannot be added up into the open report (see the consolidation window).</source>
        <translation>下级报告无法汇总到当前打开的报告（详见汇总窗口）。</translation>
    </message>
    <message>
        <source>The roll-up already is the sum of its children.</source>
        <translation>汇总报告已与下级报告合计一致。</translation>
    </message>
    <message numerus="yes">
        <source>Roll-up updated: %n cell(s) changed.</source>
        <translation>
            <numerusform>汇总报告已更新：%n 个单元格有变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ConsolidationDock</name>
    <message>
        <source>Consolidation</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>&amp;Create Roll-up</source>
        <translation>生成汇总报告(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Update Roll-up</source>
        <translation>更新汇总报告(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. 平潭综合实验区管委会</source>
        <translation>例如：平潭综合实验区管委会</translation>
    </message>
    <message>
        <source>A new, unsaved report: each additive cell the sum of the children&apos;s</source>
        <translation>新建未保存的报告：每个可加总的单元格为下级报告之和</translation>
    </message>
    <message>
        <source>Read the children again and write their sums into the open roll-up (one undo step)</source>
        <translation>重新读取下级报告，并将合计写入当前汇总报告（一步即可撤销）</translation>
    </message>
    <message>
        <source>Units &amp;List…</source>
        <translation>单位名单(&amp;L)…</translation>
    </message>
    <message>
        <source>A .csv list of the units that must report (name, level, optional code)</source>
        <translation>应报送单位的 .csv 名单（名称、层级、可选代码）</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the children again and compare</source>
        <translation>重新读取下级报告并比对</translation>
    </message>
    <message>
        <source>Roll-up &amp;organ:</source>
        <translation>汇总机关(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read</source>
        <translation>
            <numerusform>已读取 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 份无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) missing</source>
        <translation>
            <numerusform>缺报 %n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) twice</source>
        <translation>
            <numerusform>%n 个单位重复报送</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) differ from the sum</source>
        <translation>
            <numerusform>%n 个单元格与合计不符</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Format %1, year %2.</source>
        <translation>格式 %1，年度 %2。</translation>
    </message>
    <message>
        <source>Not all of one format and year; nothing is summed: %1</source>
        <translation>报告的格式或年度不一致，未作汇总：%1</translation>
    </message>
    <message>
        <source>The sum of the children (open or create a roll-up to compare it):</source>
        <translation>下级报告合计（打开或生成汇总报告后可比对）：</translation>
    </message>
    <message>
        <source>%1 against the sum of the children:</source>
        <translation>%1 与下级报告合计比对：</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::DraftBanner</name>
    <message>
        <source>This is last year&apos;s text, kept as a draft: rewrite it for this year. Until it is edited, it counts as repeated in full (XY-DUP).</source>
        <translation>这是上年报告的文字，作为草稿保留：请按本年实际情况改写。改写之前，按全部重复计（XY-DUP）。</translation>
    </message>
    <message>
        <source>%1% of this text repeats last year&apos;s report (XY-DUP).</source>
        <translation>本部分文字与上年报告重复 %1%（XY-DUP）。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::FileController</name>
    <message>
        <source>Untitled report</source>
        <translation>未命名报告</translation>
    </message>
    <message>
        <source>New report: %1</source>
        <translation>新建报告：%1</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Cannot open the report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>Reports (*.nianbao)</source>
        <translation>年报文件 (*.nianbao)</translation>
    </message>
    <message>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export Standard Text</source>
        <translation>导出标准文本</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>The file was changed</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was opened here. Overwrite it with this report?</source>
        <translation>%1 在此打开后已被其他程序修改。是否用当前报告覆盖它？</translation>
    </message>
    <message>
        <source>Saved without the safe replace</source>
        <translation>未能安全替换，已直接保存</translation>
    </message>
    <message>
        <source>The folder %1 does not allow replacing a file in one step (some network and synced folders do not). The report was written into %2 directly and read back to check it: it is saved. A crash during such a save could damage the file, so keep reports in a local folder when you can.</source>
        <translation>文件夹 %1 不支持一步替换文件（部分网络文件夹和同步文件夹如此）。报告已直接写入 %2 并读回核对，保存成功。但在这种保存过程中若程序崩溃，文件可能损坏，建议尽量把报告保存在本机文件夹中。</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is kept as %2</source>
        <translation>已保存 %1；上一版本保留为 %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Reports (*.nianbao);;Published report texts, to import (*.txt);;All files (*)</source>
        <translation>年报文件 (*.nianbao);;已发布的年报文本，用于导入 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opened a copy of %1: save it under a new name</source>
        <translation>已打开 %1 的副本：请以新文件名保存</translation>
    </message>
    <message>
        <source>Opened %1 read-only: another editor has it open</source>
        <translation>已以只读方式打开 %1：另一个编辑器正在使用它</translation>
    </message>
    <message>
        <source>%1 is already open in another window of this editor (since %2).</source>
        <translation>%1 已在本编辑器的另一个窗口中打开（自 %2 起）。</translation>
    </message>
    <message>
        <source>%1 is open in another editor: user %2 on %3, process %4, since %5.</source>
        <translation>%1 正在另一个编辑器中打开：用户 %2，计算机 %3，进程 %4，自 %5 起。</translation>
    </message>
    <message>
        <source>%1 is open in another editor.</source>
        <translation>%1 正在另一个编辑器中打开。</translation>
    </message>
    <message>
        <source>Report in use</source>
        <translation>报告正在使用中</translation>
    </message>
    <message>
        <source>Open it read-only (Save then asks for a new name), or open a copy?</source>
        <translation>以只读方式打开（保存时将要求输入新文件名），还是打开一个副本？</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>打开副本(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is not a report file, and it does not read as the text of a published report either.
%2</source>
        <translation>%1 不是年报报告文件，也无法识别为已发布年报的文本。
%2</translation>
    </message>
    <message>
        <source>Import the text?</source>
        <translation>导入该文本？</translation>
    </message>
    <message>
        <source>%1 is not a report file, but it reads as the text of a published report. Import it into a new, unsaved report (as File › Import Text… does)?</source>
        <translation>%1 不是年报报告文件，但可以识别为已发布年报的文本。是否将其导入为一份新的未保存报告（与“文件 › 导入文本…”相同）？</translation>
    </message>
    <message>
        <source>%1 is damaged (cut short or garbled) and cannot be read:
%2</source>
        <translation>%1 已损坏（内容不完整或有乱码），无法读取：
%2</translation>
    </message>
    <message>
        <source>Open the &amp;Recovery Copy (%1)</source>
        <translation>打开恢复副本(&amp;R)（%1）</translation>
    </message>
    <message>
        <source>Open the &amp;Backup (%1)</source>
        <translation>打开备份(&amp;B)（%1）</translation>
    </message>
    <message>
        <source>Damaged report</source>
        <translation>报告已损坏</translation>
    </message>
    <message>
        <source>There is no recovery copy or backup (.bak) of it.</source>
        <translation>该文件没有恢复副本，也没有备份（.bak）。</translation>
    </message>
    <message>
        <source>Open the copy that was kept? Saving it replaces the damaged file.</source>
        <translation>打开保留的副本？保存后将替换已损坏的文件。</translation>
    </message>
    <message>
        <source>Opened the kept copy of %1: save it to replace the damaged file</source>
        <translation>已打开 %1 保留的副本：保存即可替换已损坏的文件</translation>
    </message>
    <message>
        <source>%1 is open in another editor: this window has it read-only</source>
        <translation>%1 正在另一个编辑器中打开：本窗口以只读方式打开</translation>
    </message>
    <message>
        <source>%1 is open in another editor (user %2 on %3, process %4): save under another name.</source>
        <translation>%1 正在另一个编辑器中打开（用户 %2，计算机 %3，进程 %4）：请以其他文件名保存。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>No findings: every check passes.</source>
        <translation>没有发现问题：所有检查均已通过。</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部检查结果</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s) still blank</source>
        <translation>
            <numerusform>%1：还有 %n 个单元格未填写</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>No findings of this kind.</source>
        <translation>没有此类检查结果。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::FrozenPanes</name>
    <message>
        <source>Row labels</source>
        <translation>行标题</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>列标题</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ImportAction</name>
    <message>
        <source>&amp;Import Text…</source>
        <translation>导入文本(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>导入情况</translation>
    </message>
    <message>
        <source>Import Report Text</source>
        <translation>导入报告文本</translation>
    </message>
    <message>
        <source>Import Text</source>
        <translation>导入文本</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported as %2, %n decision(s).</source>
        <translation>
            <numerusform>%1：已导入为%2，共%n处判断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) marked “?” need a reading chosen (Edit › Choose Reading) or confirmed.</source>
        <translation>
            <numerusform>有%n个标有“?”的单元格需要选择读法（编辑 › 选择读法）或确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a published report (text, Word, web page or PDF) into a new, unsaved report</source>
        <translation>将已公开的报告（文本、Word、网页或 PDF）读入为一份新的未保存报告</translation>
    </message>
    <message>
        <source>Published reports (%1);;Word (*.docx *.doc *.wps);;Web pages (*.html *.htm);;PDF (*.pdf);;Text files (*.txt);;All files (*)</source>
        <translation>已公开的报告 (%1);;Word 文档 (*.docx *.doc *.wps);;网页 (*.html *.htm);;PDF (*.pdf);;文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Takes effect after restarting</source>
        <translation>重新启动后生效</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start the editor.</source>
        <translation>新的界面语言将在下次启动本软件时生效。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::LastYearActions</name>
    <message>
        <source>New from &amp;Last Year&apos;s Report…</source>
        <translation>从上年报告新建(&amp;L)…</translation>
    </message>
    <message>
        <source>Lin&amp;k Last Year&apos;s Report…</source>
        <translation>关联上年报告(&amp;K)…</translation>
    </message>
    <message>
        <source>Started from Last Year</source>
        <translation>从上年报告新建</translation>
    </message>
    <message>
        <source>Start this year&apos;s report from last year&apos;s: organ, carried-over figures and last year&apos;s text as a draft</source>
        <translation>以上年报告为基础新建本年报告：机关信息、结转数据，上年文字作为草稿</translation>
    </message>
    <message>
        <source>Choose last year&apos;s report, which the cross-year checks compare this report with</source>
        <translation>选择上年报告，跨年度检查以它为对照</translation>
    </message>
    <message>
        <source>Reports (*.nianbao *.txt);;All files (*)</source>
        <translation>报告 (*.nianbao *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Last Year&apos;s Report</source>
        <translation>上年报告</translation>
    </message>
    <message>
        <source>New from Last Year&apos;s Report</source>
        <translation>从上年报告新建</translation>
    </message>
    <message>
        <source>%1: the report has no year; set it before starting the next one</source>
        <translation>%1：该报告没有填写年度，请先填写再新建下一年度报告</translation>
    </message>
    <message>
        <source>%1 report for %2, started from %3.</source>
        <translation>%1年度%2报告，以 %3 为基础新建。</translation>
    </message>
    <message numerus="yes">
        <source>Last year&apos;s text is kept as a draft in %n section(s); rewrite it for this year.</source>
        <translation>
            <numerusform>有 %n 个部分仍是上年文字（草稿），请按本年实际情况改写。</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Last Year&apos;s Report</source>
        <translation>关联上年报告</translation>
    </message>
    <message>
        <source>last year&apos;s report</source>
        <translation>上年报告</translation>
    </message>
    <message>
        <source>%1 is the report for %2, not for %3. Compare with it anyway?</source>
        <translation>%1 是 %2 年度的报告，不是 %3 年度的。仍要以它为对照吗？</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::LiveChecks</name>
    <message>
        <source>The cross-year checks compare with last year&apos;s report %1</source>
        <translation>跨年度检查以上年报告 %1 为对照</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>本报告</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::MainWindow</name>
    <message>
        <source>About nianbao</source>
        <translation>关于年报</translation>
    </message>
    <message>
        <source>Automatic totals are off for this report: some totals differ from the computed ones (Edit › Fill Totals replaces them).</source>
        <translation>本报告已关闭自动计算合计：部分合计与计算结果不一致（可用“编辑 › 填写合计”替换）。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cells.</source>
        <translation>没有空白单元格。</translation>
    </message>
    <message>
        <source>Fill blank cells</source>
        <translation>空白单元格填0</translation>
    </message>
    <message numerus="yes">
        <source>Write 0 into the %n blank cell(s)? Only do this when nothing happened in them.</source>
        <translation>
            <numerusform>在%n个空白单元格中填0？请仅在这些项目确实没有发生时这样做。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Blank Cells with 0</source>
        <translation>空白单元格填0</translation>
    </message>
    <message>
        <source>Compute totals automatically</source>
        <translation>自动计算合计</translation>
    </message>
    <message numerus="yes">
        <source>%n entered total(s) differ from the sum of their parts. Replace them with the computed totals?</source>
        <translation>
            <numerusform>有%n处已填合计与分项之和不一致。是否替换为计算出的合计？</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute Totals</source>
        <translation>计算合计</translation>
    </message>
    <message>
        <source>Totals are computed as you type (shown in italics).</source>
        <translation>合计随输入自动计算（以斜体显示）。</translation>
    </message>
    <message>
        <source>Totals are entered by hand.</source>
        <translation>合计由人工填写。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Editor for the annual government information disclosure report (政府信息公开工作年度报告) in the national formats.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (%2): you may use, study, share and change it. It comes with NO WARRANTY. &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;The licence&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;政府信息公开工作年度报告编辑器，采用全国统一格式。&lt;/p&gt;&lt;p&gt;本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本（%2）发布：您可以使用、研究、分享和修改它。本程序不提供任何担保。&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;许可证全文&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nianbao</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>Remove &amp;Unavailable Files</source>
        <translation>移除不可用的文件(&amp;U)</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::MetadataForm</name>
    <message>
        <source>organ name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>report year</source>
        <translation>报告年度</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>发文机关署名</translation>
    </message>
    <message>
        <source>copies to</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>印发</translation>
    </message>
    <message>
        <source>date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>报送期限</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>公开日期</translation>
    </message>
    <message>
        <source>level</source>
        <translation>机关类别</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <source>Not a date yet: “%1” (write %2 or %3)</source>
        <translation>日期不完整：“%1”（请写作 %2 或 %3）</translation>
    </message>
    <message>
        <source>Dates are written as %1 or %2-01-22. Level and tier decide which checks apply (规章, the publication deadline).</source>
        <translation>日期写作 %1 或 %2-01-22。机关类别和行政层级决定适用哪些检查（规章、公开期限）。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::NotesDock</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::OrganCombos</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Government (人民政府)</source>
        <translation>人民政府</translation>
    </message>
    <message>
        <source>Department of a government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>National (国务院 and its departments)</source>
        <translation>国家级（国务院及其部门）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City or prefecture (设区的市, 自治州)</source>
        <translation>市级（设区的市、自治州）</translation>
    </message>
    <message>
        <source>County or district</source>
        <translation>县级（县、区）</translation>
    </message>
    <message>
        <source>Township or subdistrict</source>
        <translation>乡级（乡镇、街道）</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>导出 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) still not corrected. Print anyway?</source>
        <translation>
            <numerusform>还有%n个错误未改正。仍然打印？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) still not corrected. Export anyway?</source>
        <translation>
            <numerusform>还有%n个错误未改正。仍然导出？</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors in the report</source>
        <translation>报告中有错误</translation>
    </message>
    <message>
        <source>nianbao</source>
        <translation>年报</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>ODT 文档 (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export &amp;Word…</source>
        <translation>导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ProseEditor</name>
    <message>
        <source>Text too long</source>
        <translation>文字过长</translation>
    </message>
    <message>
        <source>One text of a report may hold at most %1 characters; with this change it would hold %2. Nothing was changed: shorten the text or split it.</source>
        <translation>报告中的一段文字最多 %1 个字符，此次修改后将有 %2 个字符。未作任何修改：请缩短或拆分文字。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ReadingPicker</name>
    <message>
        <source>This cell has no readings to choose from.</source>
        <translation>此单元格没有可选择的读法。</translation>
    </message>
    <message>
        <source>Readings of line %1</source>
        <translation>第%1行的读法</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读法</translation>
    </message>
    <message>
        <source>Choose Reading</source>
        <translation>选择读法</translation>
    </message>
    <message>
        <source>Reading %1 chosen.</source>
        <translation>已选择读法：%1。</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ReportEditor</name>
    <message>
        <source>Parts of the report</source>
        <translation>报告各部分</translation>
    </message>
    <message>
        <source>Report information</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Text before the table (optional), e.g. a sentence on the year&apos;s figures:</source>
        <translation>表格前的文字（可不填），例如概述本年度数据的一句话：</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ReportTableModel</name>
    <message>
        <source>Blank (not filled in)</source>
        <translation>空白（未填写）</translation>
    </message>
    <message>
        <source>Computed automatically from the other cells</source>
        <translation>由其他单元格自动计算</translation>
    </message>
    <message>
        <source>row %1, column %2 (“%3”): outside the table</source>
        <translation>第%1行第%2列（“%3”）：超出表格范围</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::ReportTableView</name>
    <message>
        <source>This total is computed from the other cells (Edit › Compute Totals Automatically is on).</source>
        <translation>此合计由其他单元格计算得出（已开启“编辑 › 自动计算合计”）。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s)</source>
        <translation>
            <numerusform>已复制%n个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>未粘贴任何内容</translation>
    </message>
    <message>
        <source>These values do not fit their cells, so nothing was changed:

%1</source>
        <translation>以下数值不符合所在单元格的要求，未做任何修改：

%1</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was pasted: %n value(s) do not fit</source>
        <translation>
            <numerusform>未粘贴：有%n个数值不符合要求</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s)</source>
        <translation>
            <numerusform>已粘贴%n个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n computed total(s) left as computed)</source>
        <translation>
            <numerusform>（%n个自动计算的合计保持不变）</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No imported value to confirm here.</source>
        <translation>此处没有需要确认的导入数值。</translation>
    </message>
    <message>
        <source>Confirm Values</source>
        <translation>确认数值</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n value(s)</source>
        <translation>
            <numerusform>已确认%n个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the row labels pasted with %n row(s) were left out)</source>
        <translation>
            <numerusform>（已略去随 %n 行一起粘贴的行标题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::gui::StartupRecovery</name>
    <message>
        <source>Untitled report</source>
        <translation>未命名报告</translation>
    </message>
    <message>
        <source>Cannot recover unsaved changes</source>
        <translation>无法恢复未保存的修改</translation>
    </message>
    <message>
        <source>%1
The file was kept as %2.</source>
        <translation>%1
该文件已保留为%2。</translation>
    </message>
    <message>
        <source>Open the report again?</source>
        <translation>再次打开该报告？</translation>
    </message>
    <message>
        <source>The editor closed unexpectedly while opening %1 the last time. Open it again?</source>
        <translation>上次打开%1时编辑器意外关闭。是否再次打开？</translation>
    </message>
</context>
<context>
    <name>nianbao::gui::WindowFeatures</name>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>已将%n页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose &amp;Reading…</source>
        <translation>选择读法(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose how the digits of an imported cell marked “?” are read</source>
        <translation>选择导入时标有“?”的单元格中数字的读法</translation>
    </message>
    <message>
        <source>Insert &amp;Figures Sentence</source>
        <translation>插入数据句子(&amp;F)</translation>
    </message>
    <message>
        <source>Insert the sentences stating the figures of the tables into section 1 at the cursor</source>
        <translation>在第一部分光标处插入陈述表格数据的句子</translation>
    </message>
    <message>
        <source>Put the cursor on a cell marked “?” first.</source>
        <translation>请先将光标放在标有“?”的单元格上。</translation>
    </message>
</context>
<context>
    <name>nianbao::import</name>
    <message>
        <source>the only one for which the table&apos;s sums hold and that agrees with last year&apos;s report</source>
        <translation>唯一既符合表内勾稽关系、又与上年报告一致的读法</translation>
    </message>
    <message>
        <source>the only one for which the table&apos;s sums hold</source>
        <translation>唯一符合表内勾稽关系的读法</translation>
    </message>
    <message>
        <source>the only one that agrees with last year&apos;s report</source>
        <translation>唯一与上年报告一致的读法</translation>
    </message>
    <message>
        <source>line %1: %2: “%3” can be split into values in %4 ways, too many to offer; the cells are left blank</source>
        <translation>第%1行：%2：“%3”有%4种拆分方式，过多无法列出；相关单元格留空</translation>
    </message>
    <message>
        <source>line %1: %2: “%3” splits %4 ways; read as %5, %6</source>
        <translation>第%1行：%2：“%3”有%4种拆分方式；读作%5，这是%6</translation>
    </message>
    <message>
        <source>line %1: %2: “%3” can be read %4 ways: %5; the cells that differ are marked for confirmation</source>
        <translation>第%1行：%2：“%3”有%4种读法：%5；读法不同的单元格已标为待确认</translation>
    </message>
    <message>
        <source>lines 1–%1: web archive header skipped; publication date %2</source>
        <translation>第1–%1行：跳过网页存档的页头；公开日期%2</translation>
    </message>
    <message>
        <source>lines 1–%1: web archive header skipped</source>
        <translation>第1–%1行：跳过网页存档的页头</translation>
    </message>
    <message>
        <source>line %1: not part of the report, left out: “%2”</source>
        <translation>第%1行：不属于报告内容，已略去：“%2”</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4, %5, read as %6
</source>
        <translation>%1：%2（%3），%4，%5，按%6编码读取
</translation>
    </message>
    <message>
        <source>organ not found</source>
        <translation>未找到机关名称</translation>
    </message>
    <message>
        <source>year not found</source>
        <translation>未找到年度</translation>
    </message>
    <message>
        <source>Every value was read with certainty.
</source>
        <translation>所有数值均已确定读取。
</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) need checking (marked !)</source>
        <translation>
            <numerusform>有%n处需要核对（标有 !）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cell(s) are marked unconfirmed until you confirm them</source>
        <translation>
            <numerusform>；%n个单元格已标为待确认，确认后方可生效</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: the heading “%2” was not found; the section is taken to begin with its table</source>
        <translation>第%1行：未找到标题“%2”；视为该部分从表格开始</translation>
    </message>
    <message>
        <source>%1: this %2 is not in the national format of %3 (its sections and tables were not found). Reports for the years before 2019 used an older layout, which cannot be imported.</source>
        <translation>%1：此%2不是%3的全国统一格式（未找到其各部分和表格）。2019年以前年度的报告采用旧版格式，无法导入。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>%1: this text does not look like a %2: none of the sections and tables of the national format (%3) were found.</source>
        <translation>%1：此文本不像%2：未找到全国统一格式（%3）的任何部分和表格。</translation>
    </message>
    <message>
        <source>%1: is a folder, not a text file</source>
        <translation>%1：是文件夹，不是文本文件</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>（文本）</translation>
    </message>
    <message>
        <source>the text is encoded in %1</source>
        <translation>文本编码为%1</translation>
    </message>
    <message>
        <source>format %1 (%2), chosen by the report year: the tables&apos; labels do not decide</source>
        <translation>格式%1（%2），按报告年度选定：表格栏目无法区分格式</translation>
    </message>
    <message>
        <source>format %1 (%2), recognised by %3 labels of its tables</source>
        <translation>格式%1（%2），根据%3个表格栏目识别</translation>
    </message>
    <message>
        <source>line %1: the title names the place %2; the report is taken to be that of %3, named so in the text</source>
        <translation>第%1行：标题中的地名为%2；按正文所称，视为%3的报告</translation>
    </message>
    <message>
        <source>the signature and date are taken from under the title</source>
        <translation>署名和日期取自标题下方</translation>
    </message>
    <message>
        <source>section “%1” not found in the text: left empty</source>
        <translation>文本中未找到“%1”部分：留空</translation>
    </message>
    <message>
        <source>line %1: “%2” read as the heading “%3”</source>
        <translation>第%1行：“%2”读作标题“%3”</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>line %1: %2: “%3” is not a value for this cell; left blank</source>
        <translation>第%1行：%2：“%3”不是此单元格可填的值；留空</translation>
    </message>
    <message>
        <source>line %1: %2: no values found; its cells are left blank</source>
        <translation>第%1行：%2：未找到数值；相关单元格留空</translation>
    </message>
    <message>
        <source>line %1: %2: “%3” read as %4 (the only possible split)</source>
        <translation>第%1行：%2：“%3”读作%4（唯一可能的拆分）</translation>
    </message>
    <message>
        <source>line %1: %2: “%3” can be split into values in too many ways; the cells are left blank</source>
        <translation>第%1行：%2：“%3”的拆分方式过多；相关单元格留空</translation>
    </message>
    <message>
        <source>line %1: %2: %3 values for %4 cells; by their position the values are read as %5, left blank: %6</source>
        <translation>第%1行：%2：%3个数值对应%4个单元格；按位置读作%5，留空：%6</translation>
    </message>
    <message>
        <source>line %1: %2: %3 values for %4 cells; read from the left as %5, left blank: %6</source>
        <translation>第%1行：%2：%3个数值对应%4个单元格；从左起读作%5，留空：%6</translation>
    </message>
    <message>
        <source>line %1: %2: %3 values for %4 cells; the first %4 are used, not used: %5</source>
        <translation>第%1行：%2：%3个数值对应%4个单元格；采用前%4个，未采用：%5</translation>
    </message>
    <message>
        <source>line %1: the table %2 was not found; its cells are left blank</source>
        <translation>第%1行：未找到表格%2；其单元格留空</translation>
    </message>
    <message>
        <source>line %1: %2: no table found; its cells are left blank</source>
        <translation>第%1行：%2：未找到表格；其单元格留空</translation>
    </message>
    <message>
        <source>%1: the row was not found in the text; its cells are left blank</source>
        <translation>%1：文本中未找到该行；其单元格留空</translation>
    </message>
    <message>
        <source>line %1: after the date, not part of the report, left out: “%2”</source>
        <translation>第%1行：位于日期之后，不属于报告内容，已略去：“%2”</translation>
    </message>
    <message>
        <source>The text is not valid %1.</source>
        <translation>文本不是有效的%1编码。</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data).</source>
        <translation>这不是文本文件（含有二进制数据）。</translation>
    </message>
    <message>
        <source>The text is not UTF-8 and this system cannot read GB18030.</source>
        <translation>文本不是 UTF-8 编码，而本系统无法读取 GB18030 编码。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GB18030 (GBK): cannot read it.</source>
        <translation>文本既不是 UTF-8 也不是 GB18030（GBK）编码：无法读取。</translation>
    </message>
    <message>
        <source>.
</source>
        <comment>full stop after the sentence above</comment>
        <translation>。
</translation>
    </message>
    <message>
        <source>page numbers left out (lines %1)</source>
        <translation>已略去页码（第%1行）</translation>
    </message>
    <message>
        <source>line %1: text after the table kept in the section&apos;s note: “%2”</source>
        <translation>第%1行：表格后的文字已保留在该部分的说明中：“%2”</translation>
    </message>
    <message>
        <source>line %1: text after the table left out: “%2”</source>
        <translation>第%1行：表格后的文字已略去：“%2”</translation>
    </message>
    <message>
        <source>%1: too large for a report text (%2 MB; the limit is %3 MB)</source>
        <translation>%1：文件过大，不像报告文本（%2 MB，上限为%3 MB）</translation>
    </message>
    <message>
        <source>running headers of the printed pages left out (lines %1)</source>
        <translation>已略去打印页的页眉（第%1行）</translation>
    </message>
    <message>
        <source>the text holds two reports (“%1” and, from line %2, “%3”); import each on its own</source>
        <translation>该文本包含两份报告（“%1”和从第%2行起的“%3”），请分别导入</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>第一份</translation>
    </message>
    <message>
        <source>%1: too large for a report (%2 MB; the limit is %3 MB)</source>
        <translation>%1：文件过大，不像年度报告（%2 MB，上限为%3 MB）</translation>
    </message>
    <message>
        <source>%1: no report text: the page holds only the title “%2” (the report may be published as an attachment; import the attachment instead)</source>
        <translation>%1：没有报告正文：该页面只有标题“%2”（报告可能以附件形式发布，请导入附件）</translation>
    </message>
    <message>
        <source>organ and year read from the title in the web archive header: “%1”</source>
        <translation>机关和年度取自网页存档头部的标题：“%1”</translation>
    </message>
    <message>
        <source>%1: line %2: the text of section %3 is %4 characters long; one text of a report may hold at most %5</source>
        <translation>%1：第 %2 行：“%3”的文字长 %4 个字符；报告中的一段文字最多 %5 个字符</translation>
    </message>
    <message>
        <source>line %1: “%2” is written as one row, as in the other national format, where this format has %3 rows; its values are read into “%4”</source>
        <translation>第%1行：“%2”按另一种全国统一格式写成一行，而本格式为%3行；其数值读入“%4”</translation>
    </message>
    <message>
        <source>line %1: “%2” taken for the label “%3”</source>
        <translation>第%1行：“%2”按标签“%3”读取</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第%1页</translation>
    </message>
    <message>
        <source>table %1, row %2 (page %3)</source>
        <translation>表%1第%2行（第%3页）</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>表%1第%2行</translation>
    </message>
    <message>
        <source>the Word document&apos;s XML is damaged (line %1: %2)</source>
        <translation>Word 文档的 XML 已损坏（第%1行：%2）</translation>
    </message>
    <message>
        <source>the web page cannot be parsed</source>
        <translation>无法解析该网页</translation>
    </message>
    <message>
        <source>the web page holds no text</source>
        <translation>该网页中没有文字</translation>
    </message>
    <message>
        <source>a .doc or .wps file is read through LibreOffice, which is not installed: install it (Debian: sudo apt install libreoffice-writer-nogui), or open the file in WPS or Word and save it as .docx</source>
        <translation>.doc 或 .wps 文件需要通过 LibreOffice 读取，但系统未安装 LibreOffice：请安装（Debian：sudo apt install libreoffice-writer-nogui），或在 WPS 或 Word 中打开该文件并另存为 .docx</translation>
    </message>
    <message>
        <source>no temporary folder for the conversion: %1</source>
        <translation>无法创建转换用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>LibreOffice (%1) cannot be started: %2</source>
        <translation>无法启动 LibreOffice（%1）：%2</translation>
    </message>
    <message>
        <source>LibreOffice did not convert the file within %1 seconds; open it in WPS or Word and save it as .docx</source>
        <translation>LibreOffice 未能在%1秒内完成转换；请在 WPS 或 Word 中打开该文件并另存为 .docx</translation>
    </message>
    <message>
        <source>LibreOffice could not convert the file (%1); open it in WPS or Word and save it as .docx</source>
        <translation>LibreOffice 无法转换该文件（%1）；请在 WPS 或 Word 中打开该文件并另存为 .docx</translation>
    </message>
    <message>
        <source>not a readable PDF file</source>
        <translation>不是可读取的 PDF 文件</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>该 PDF 设有密码保护</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; a report has at most %2</source>
        <translation>该 PDF 共%1页；年度报告最多%2页</translation>
    </message>
    <message>
        <source>the PDF has no text layer: it is a scan (pictures of pages). nianbao does not recognise text in pictures; ask for the report as a PDF with text, a Word file or a web page, or type it in</source>
        <translation>该 PDF 没有文字层：它是扫描件（页面图片）。年报软件不识别图片中的文字；请索取带文字的 PDF、Word 文件或网页版报告，或手工录入</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Word .docx</source>
        <translation>Word .docx 文档</translation>
    </message>
    <message>
        <source>web page, %1</source>
        <translation>网页，%1</translation>
    </message>
    <message>
        <source>%1 converted by LibreOffice</source>
        <translation>经 LibreOffice 转换的 %1 文件</translation>
    </message>
    <message>
        <source>not a Word, web page or PDF file</source>
        <translation>不是 Word、网页或 PDF 文件</translation>
    </message>
    <message>
        <source>not a valid Word (.docx) file: the ZIP package cannot be opened</source>
        <translation>不是有效的 Word（.docx）文件：无法打开其 ZIP 包</translation>
    </message>
    <message>
        <source>not a valid Word (.docx) file: it has no %1</source>
        <translation>不是有效的 Word（.docx）文件：其中没有 %1</translation>
    </message>
    <message>
        <source>%1 in the package is larger than %2 MB</source>
        <translation>包中的 %1 大于 %2 MB</translation>
    </message>
    <message>
        <source>%1 in the package cannot be read</source>
        <translation>无法读取包中的 %1</translation>
    </message>
    <message>
        <source>%1 in the package is damaged or too large</source>
        <translation>包中的 %1 已损坏或过大</translation>
    </message>
    <message>
        <source>line %1: “%2” taken for the column heading “%3”</source>
        <translation>第%1行：“%2”按列标题“%3”读取</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a PDF module of this version of nianbao</source>
        <translation>%1：不是本版本 nianbao 的PDF读取模块</translation>
    </message>
    <message>
        <source>the PDF reader of nianbao is missing or damaged (%1); reinstall nianbao</source>
        <translation>nianbao 的PDF读取模块缺失或已损坏（%1），请重新安装 nianbao</translation>
    </message>
</context>
</TS>
