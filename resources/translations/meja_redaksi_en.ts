<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleActivityPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="100" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="101" />
        <source>Comments (never published)</source>
        <translation>Comments (never published)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="102" />
        <source>Comment… type @ to mention someone</source>
        <translation>Comment… type @ to mention someone</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="103" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="131" />
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="152" />
        <source>Returned by the desk: %1</source>
        <translation>Returned by the desk: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="166" />
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="176" />
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="209" />
        <source>%n word(s)</source>
        <translation><numerusform>%n word</numerusform><numerusform>%n words</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="211" />
        <source>%n character(s)</source>
        <translation><numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="213" />
        <source>%n minute(s) to read</source>
        <translation><numerusform>%n minute to read</numerusform><numerusform>%n minutes to read</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="308" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="316" />
        <source>Restored revision %1</source>
        <translation>Restored revision %1</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="24" />
        <location filename="../../ui/article_editor.ui" line="25" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="31" />
        <source>Lead: the first paragraph in one or two sentences</source>
        <translation>Lead: the first paragraph in one or two sentences</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="32" />
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="48" />
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="49" />
        <source>Write the story here…</source>
        <translation>Write the story here…</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="61" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="72" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="76" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="80" />
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="84" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="88" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="92" />
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="98" />
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="104" />
        <source>Suggestions (double-click to add)</source>
        <translation>Suggestions (double-click to add)</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="108" />
        <source>Search for a related article…</source>
        <translation>Search for a related article…</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="118" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/dialog.py" line="61" />
        <source>Edit assignment</source>
        <translation>Edit assignment</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/dialog.py" line="61" />
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="6" />
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="10" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="12" />
        <source>&amp;Brief:</source>
        <translation>&amp;Brief:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="14" />
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="16" />
        <source>&amp;Event time:</source>
        <translation>&amp;Event time:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="18" />
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="20" />
        <source>De&amp;sk:</source>
        <translation>De&amp;sk:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="22" />
        <source>&amp;Reporters:</source>
        <translation>&amp;Reporters:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="24" />
        <source>&amp;Photographer:</source>
        <translation>&amp;Photographer:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="26" />
        <source>&amp;Editor:</source>
        <translation>&amp;Editor:</translation>
    </message>
</context>
<context>
    <name>AssignmentModels</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="72" />
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="72" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="162" />
        <source>Waiting on them</source>
        <translation>Waiting on them</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/panel.py" line="95" />
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/panel.py" line="156" />
        <location filename="../../src/meja_redaksi/gui/assignments/panel.py" line="171" />
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="9" />
        <source>Show one desk's people and assignments</source>
        <translation>Show one desk's people and assignments</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="10" />
        <source>&amp;Only my tasks</source>
        <translation>&amp;Only my tasks</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="12" />
        <source>&amp;New assignment…</source>
        <translation>&amp;New assignment…</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="13" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="14" />
        <source>&amp;Start article</source>
        <translation>&amp;Start article</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="15" />
        <source>&amp;Cancel assignment</source>
        <translation>&amp;Cancel assignment</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="30" />
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="34" />
        <source>Photographers</source>
        <translation>Photographers</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="38" />
        <source>Editors</source>
        <translation>Editors</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="44" />
        <source>Drag an assignment (or an article from the review queue) onto a person to assign it.</source>
        <translation>Drag an assignment (or an article from the review queue) onto a person to assign it.</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="57" />
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="58" />
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="59" />
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="60" />
        <source>Subheading</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="61" />
        <source>Plain paragraph</source>
        <translation>Plain paragraph</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="62" />
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="63" />
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="64" />
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="65" />
        <source>Pull quote</source>
        <translation>Pull quote</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="66" />
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="179" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="179" />
        <source>Address (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="45" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="46" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="47" />
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="48" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="49" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="50" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="51" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="52" />
        <source>Unpublished</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="53" />
        <source>Spiked</source>
        <translation>Spiked</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="54" />
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="55" />
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="56" />
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="57" />
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="58" />
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="59" />
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="60" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="62" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="63" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="64" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="65" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="66" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="67" />
        <location filename="../../src/meja_redaksi/gui/models/article_list.py" line="150" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="137" />
        <source>working…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="241" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="360" />
        <source>All desks</source>
        <translation>All desks</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="247" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="363" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="251" />
        <source>not signed in</source>
        <translation>not signed in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="231" />
        <source>Recovered %n unsaved article(s): check them and save.</source>
        <translation><numerusform>Recovered %n unsaved article: check them and save.</numerusform><numerusform>Recovered %n unsaved articles: check them and save.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="275" />
        <source>No people in this store yet.</source>
        <translation>No people in this store yet.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="281" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="282" />
        <source>Who is working at this desk?</source>
        <translation>Who is working at this desk?</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="340" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="347" />
        <source>Sign &amp;in as…</source>
        <translation>Sign &amp;in as…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="357" />
        <source>Revision history</source>
        <translation>Revision history</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="408" />
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="439" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="542" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor_tabs.py" line="108" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9" />
        <source>Meja Redaksi</source>
        <translation>Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33" />
        <source>Search headline, lead, body, tags…</source>
        <translation>Search headline, lead, body, tags…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41" />
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46" />
        <source>Filter by desk</source>
        <translation>Filter by desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Filter by reporter, photographer or editor</source>
        <translation>Filter by reporter, photographer or editor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60" />
        <source>Updated between</source>
        <translation>Updated between</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136" />
        <source>&amp;New article</source>
        <translation>&amp;New article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144" />
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152" />
        <source>&amp;Find articles</source>
        <translation>&amp;Find articles</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161" />
        <source>Revision &amp;history</source>
        <translation>Revision &amp;history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165" />
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="118" />
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="32" />
        <source>Mentioned you</source>
        <translation>Mentioned you</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="33" />
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="34" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="35" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>PeopleAdminDialog</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="132" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="133" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="134" />
        <source>Save person</source>
        <translation>Save person</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="135" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="138" />
        <source>New desk name</source>
        <translation>New desk name</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="139" />
        <source>Add desk</source>
        <translation>Add desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="144" />
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="145" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="146" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="150" />
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="151" />
        <source>Desk:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="163" />
        <source>Desks (rubrik):</source>
        <translation>Desks (rubrik):</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="171" />
        <source>People and desks</source>
        <translation>People and desks</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="176" />
        <source>Only an admin may change people and desks.</source>
        <translation>Only an admin may change people and desks.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="253" />
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="80" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="81" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="82" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="83" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="84" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="85" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="98" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="99" />
        <source>Waiting since</source>
        <translation>Waiting since</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="117" />
        <source>Past its deadline</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="123" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="132" />
        <source>Timed</source>
        <translation>Timed</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="133" />
        <source>In edit</source>
        <translation>In edit</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="134" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="125" />
        <source>All desks (%1)</source>
        <translation>All desks (%1)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="130" />
        <source>no desk</source>
        <translation>no desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="136" />
        <source>The queue is empty.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="174" />
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="188" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="191" />
        <source>No revision was recorded at submission; showing the text as it is.</source>
        <translation>No revision was recorded at submission; showing the text as it is.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="197" />
        <source>Changes since submission (revision %1 → %2):</source>
        <translation>Changes since submission (revision %1 → %2):</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="202" />
        <source>No changes since submission (revision %1).</source>
        <translation>No changes since submission (revision %1).</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="224" />
        <source>Type the note for the reporter, then press Enter.</source>
        <translation>Type the note for the reporter, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="233" />
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="9" />
        <source>Show one desk's queue</source>
        <translation>Show one desk's queue</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="25" />
        <source>Note for the reporter (required to return)</source>
        <translation>Note for the reporter (required to return)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="28" />
        <source>&amp;Previous (K)</source>
        <translation>&amp;Previous (K)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="29" />
        <source>&amp;Next (J)</source>
        <translation>&amp;Next (J)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="30" />
        <source>&amp;Open (O)</source>
        <translation>&amp;Open (O)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="31" />
        <source>&amp;Return (R)</source>
        <translation>&amp;Return (R)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="32" />
        <source>&amp;Approve (A)</source>
        <translation>&amp;Approve (A)</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../../ui/revision_history.ui" line="11" />
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="16" />
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="18" />
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="27" />
        <source>Restore selected revision</source>
        <translation>Restore selected revision</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/revisions.py" line="76" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="49" />
        <source>%1: “%2” (%3)</source>
        <translation>%1: “%2” (%3)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="51" />
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="75" />
        <source>Write a note: the reporter will see it.</source>
        <translation>Write a note: the reporter will see it.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_transition.ui" line="6" />
        <source>Workflow action</source>
        <translation>Workflow action</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_transition.ui" line="9" />
        <source>&amp;Note for the reporter:</source>
        <translation>&amp;Note for the reporter:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_transition.ui" line="11" />
        <source>&amp;Date and time:</source>
        <translation>&amp;Date and time:</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="13" />
        <source>Submit to desk</source>
        <translation>Submit to desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="14" />
        <source>Start editing</source>
        <translation>Start editing</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="15" />
        <source>Return to reporter…</source>
        <translation>Return to reporter…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="16" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="17" />
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="18" />
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="19" />
        <source>Unpublish…</source>
        <translation>Unpublish…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="20" />
        <source>Spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="21" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="29" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="30" />
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="31" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="32" />
        <source>Desk chief</source>
        <translation>Desk chief</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="33" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="41" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="42" />
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="43" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="44" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="45" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="46" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="123" />
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="124" />
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="127" />
        <source>Embargo until…</source>
        <translation>Embargo until…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="128" />
        <source>Lift embargo</source>
        <translation>Lift embargo</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="175" />
        <source>Nobody is signed in.</source>
        <translation>Nobody is signed in.</translation>
    </message>
</context>
<context>
    <name>WorkflowUi</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="102" />
        <source>People and desks…</source>
        <translation>People and desks…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="104" />
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="105" />
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="106" />
        <source>Article history and comments</source>
        <translation>Article history and comments</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="107" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="171" />
        <source>Returned by the desk: %1</source>
        <translation>Returned by the desk: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="197" />
        <source>%1 is now: %2</source>
        <translation>%1 is now: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="206" />
        <source>%n new notification(s)</source>
        <translation><numerusform>%n new notification</numerusform><numerusform>%n new notifications</numerusform></translation>
    </message>
</context>
</TS>