<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ArticleActivityPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="100" />
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="101" />
        <source>Comments (never published)</source>
        <translation>Komentar (tidak pernah diterbitkan)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="102" />
        <source>Comment… type @ to mention someone</source>
        <translation>Komentar… ketik @ untuk menyebut seseorang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="103" />
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="131" />
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="152" />
        <source>Returned by the desk: %1</source>
        <translation>Dikembalikan oleh desk: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/history.py" line="166" />
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="176" />
        <source>New article</source>
        <translation>Artikel baru</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="209" />
        <source>%n word(s)</source>
        <translation><numerusform>%n kata</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="211" />
        <source>%n character(s)</source>
        <translation><numerusform>%n karakter</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="213" />
        <source>%n minute(s) to read</source>
        <translation><numerusform>%n menit baca</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="308" />
        <source>Not saved: %1</source>
        <translation>Belum tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="316" />
        <source>Restored revision %1</source>
        <translation>Memulihkan revisi %1</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="24" />
        <location filename="../../ui/article_editor.ui" line="25" />
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="31" />
        <source>Lead: the first paragraph in one or two sentences</source>
        <translation>Teras: paragraf pertama dalam satu atau dua kalimat</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="32" />
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="48" />
        <source>Body</source>
        <translation>Isi berita</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="49" />
        <source>Write the story here…</source>
        <translation>Tulis beritanya di sini…</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="61" />
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="72" />
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="76" />
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="80" />
        <source>comma-separated</source>
        <translation>dipisah koma</translation>
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
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="98" />
        <source>Related articles</source>
        <translation>Berita terkait</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="104" />
        <source>Suggestions (double-click to add)</source>
        <translation>Saran (klik ganda untuk menambah)</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="108" />
        <source>Search for a related article…</source>
        <translation>Cari berita terkait…</translation>
    </message>
    <message>
        <location filename="../../ui/article_editor.ui" line="118" />
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/dialog.py" line="61" />
        <source>Edit assignment</source>
        <translation>Ubah penugasan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/dialog.py" line="61" />
        <source>New assignment</source>
        <translation>Penugasan baru</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="6" />
        <source>Assignment</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="10" />
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="12" />
        <source>&amp;Brief:</source>
        <translation>&amp;Arahan:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="14" />
        <source>&amp;Location:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="16" />
        <source>&amp;Event time:</source>
        <translation>&amp;Waktu acara:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="18" />
        <source>&amp;Deadline:</source>
        <translation>&amp;Tenggat:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="20" />
        <source>De&amp;sk:</source>
        <translation>De&amp;sk:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="22" />
        <source>&amp;Reporters:</source>
        <translation>&amp;Pewarta:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="24" />
        <source>&amp;Photographer:</source>
        <translation>&amp;Fotografer:</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_dialog.ui" line="26" />
        <source>&amp;Editor:</source>
        <translation>&amp;Redaktur:</translation>
    </message>
</context>
<context>
    <name>AssignmentModels</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Assignment</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="71" />
        <source>Reporters</source>
        <translation>Pewarta</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="72" />
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="72" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="161" />
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/models.py" line="162" />
        <source>Waiting on them</source>
        <translation>Menunggu dia</translation>
    </message>
</context>
<context>
    <name>AssignmentPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/panel.py" line="95" />
        <source>All desks</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/assignments/panel.py" line="156" />
        <location filename="../../src/meja_redaksi/gui/assignments/panel.py" line="171" />
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="9" />
        <source>Show one desk's people and assignments</source>
        <translation>Tampilkan orang dan penugasan satu desk</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="10" />
        <source>&amp;Only my tasks</source>
        <translation>&amp;Hanya tugas saya</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="12" />
        <source>&amp;New assignment…</source>
        <translation>Penugasan &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="13" />
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="14" />
        <source>&amp;Start article</source>
        <translation>&amp;Mulai artikel</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="15" />
        <source>&amp;Cancel assignment</source>
        <translation>&amp;Batalkan penugasan</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="30" />
        <source>Reporters</source>
        <translation>Pewarta</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="34" />
        <source>Photographers</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="38" />
        <source>Editors</source>
        <translation>Redaktur</translation>
    </message>
    <message>
        <location filename="../../ui/assignment_panel.ui" line="44" />
        <source>Drag an assignment (or an article from the review queue) onto a person to assign it.</source>
        <translation>Seret penugasan (atau artikel dari antrean review) ke seseorang untuk menugaskannya.</translation>
    </message>
</context>
<context>
    <name>FormattingActions</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="57" />
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="58" />
        <source>Italic</source>
        <translation>Miring</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="59" />
        <source>Heading</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="60" />
        <source>Subheading</source>
        <translation>Anak judul</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="61" />
        <source>Plain paragraph</source>
        <translation>Paragraf biasa</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="62" />
        <source>Bulleted list</source>
        <translation>Daftar berpoin</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="63" />
        <source>Numbered list</source>
        <translation>Daftar bernomor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="64" />
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="65" />
        <source>Pull quote</source>
        <translation>Kutipan utama</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="66" />
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="179" />
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/formatting.py" line="179" />
        <source>Address (https://…)</source>
        <translation>Alamat (https://…)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="45" />
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="46" />
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="47" />
        <source>Editing</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="48" />
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="49" />
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="50" />
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="51" />
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="52" />
        <source>Unpublished</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="53" />
        <source>Spiked</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="54" />
        <source>Review queue</source>
        <translation>Antrean review</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="55" />
        <source>My tasks</source>
        <translation>Tugas saya</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="56" />
        <source>My drafts</source>
        <translation>Draf saya</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="57" />
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="58" />
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="59" />
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="60" />
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="62" />
        <source>Desk</source>
        <translation>Rubrik</translation>
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
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="66" />
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/labels.py" line="67" />
        <location filename="../../src/meja_redaksi/gui/models/article_list.py" line="150" />
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="137" />
        <source>working…</source>
        <translation>bekerja…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="241" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="360" />
        <source>All desks</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="247" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="363" />
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="251" />
        <source>not signed in</source>
        <translation>belum masuk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="231" />
        <source>Recovered %n unsaved article(s): check them and save.</source>
        <translation><numerusform>%n artikel yang belum tersimpan dipulihkan: periksa lalu simpan.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="275" />
        <source>No people in this store yet.</source>
        <translation>Belum ada orang di penyimpanan ini.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="281" />
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="282" />
        <source>Who is working at this desk?</source>
        <translation>Siapa yang bekerja di meja ini?</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="340" />
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="347" />
        <source>Sign &amp;in as…</source>
        <translation>&amp;Masuk sebagai…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="357" />
        <source>Revision history</source>
        <translation>Riwayat revisi</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="408" />
        <source>counting…</source>
        <translation>menghitung…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="439" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="542" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor_tabs.py" line="108" />
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9" />
        <source>Meja Redaksi</source>
        <translation>Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="23" />
        <source>Views</source>
        <translation>Tayangan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="33" />
        <source>Search headline, lead, body, tags…</source>
        <translation>Cari judul, teras, isi, tag…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41" />
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46" />
        <source>Filter by desk</source>
        <translation>Saring menurut rubrik</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51" />
        <source>Filter by reporter, photographer or editor</source>
        <translation>Saring menurut reporter, fotografer atau editor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60" />
        <source>Updated between</source>
        <translation>Diperbarui antara</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84" />
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="105" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="113" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="126" />
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136" />
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="140" />
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="144" />
        <source>&amp;Close tab</source>
        <translation>&amp;Tutup tab</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="152" />
        <source>&amp;Find articles</source>
        <translation>&amp;Cari artikel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156" />
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161" />
        <source>Revision &amp;history</source>
        <translation>&amp;Riwayat revisi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="165" />
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;gelap</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="118" />
        <source>Mark all as read</source>
        <translation>Tandai semua sudah dibaca</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="32" />
        <source>Mentioned you</source>
        <translation>Menyebut Anda</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="33" />
        <source>New assignment</source>
        <translation>Penugasan baru</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="34" />
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/notifications.py" line="35" />
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
</context>
<context>
    <name>PeopleAdminDialog</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="132" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="133" />
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="134" />
        <source>Save person</source>
        <translation>Simpan orang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="135" />
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="138" />
        <source>New desk name</source>
        <translation>Nama desk baru</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="139" />
        <source>Add desk</source>
        <translation>Tambah desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="144" />
        <source>User name:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="145" />
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="146" />
        <source>Code:</source>
        <translation>Kode:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="150" />
        <source>Roles:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="151" />
        <source>Desk:</source>
        <translation>Desk:</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="163" />
        <source>Desks (rubrik):</source>
        <translation>Desk (rubrik):</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="171" />
        <source>People and desks</source>
        <translation>Orang dan desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="176" />
        <source>Only an admin may change people and desks.</source>
        <translation>Hanya admin yang boleh mengubah orang dan desk.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="253" />
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="80" />
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="81" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="82" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="83" />
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="84" />
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="85" />
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/people_admin.py" line="98" />
        <source>yes</source>
        <translation>ya</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Desk</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Deadline</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="98" />
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="99" />
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="117" />
        <source>Past its deadline</source>
        <translation>Melewati tenggat</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="123" />
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="132" />
        <source>Timed</source>
        <translation>Berwaktu</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="133" />
        <source>In edit</source>
        <translation>Sedang disunting</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/model.py" line="134" />
        <source>Normal</source>
        <translation>Biasa</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="125" />
        <source>All desks (%1)</source>
        <translation>Semua desk (%1)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="130" />
        <source>no desk</source>
        <translation>tanpa desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="136" />
        <source>The queue is empty.</source>
        <translation>Antrean kosong.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="174" />
        <source>Nothing to review.</source>
        <translation>Tidak ada yang perlu ditinjau.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="188" />
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="191" />
        <source>No revision was recorded at submission; showing the text as it is.</source>
        <translation>Tidak ada revisi tercatat saat diajukan; teks ditampilkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="197" />
        <source>Changes since submission (revision %1 → %2):</source>
        <translation>Perubahan sejak diajukan (revisi %1 → %2):</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="202" />
        <source>No changes since submission (revision %1).</source>
        <translation>Tidak ada perubahan sejak diajukan (revisi %1).</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="224" />
        <source>Type the note for the reporter, then press Enter.</source>
        <translation>Ketik catatan untuk pewarta, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/queue/panel.py" line="233" />
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="9" />
        <source>Show one desk's queue</source>
        <translation>Tampilkan antrean satu desk</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="25" />
        <source>Note for the reporter (required to return)</source>
        <translation>Catatan untuk pewarta (wajib untuk mengembalikan)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="28" />
        <source>&amp;Previous (K)</source>
        <translation>&amp;Sebelumnya (K)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="29" />
        <source>&amp;Next (J)</source>
        <translation>Beri&amp;kutnya (J)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="30" />
        <source>&amp;Open (O)</source>
        <translation>B&amp;uka (O)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="31" />
        <source>&amp;Return (R)</source>
        <translation>&amp;Kembalikan (R)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_panel.ui" line="32" />
        <source>&amp;Approve (A)</source>
        <translation>&amp;Setujui (A)</translation>
    </message>
</context>
<context>
    <name>RevisionHistory</name>
    <message>
        <location filename="../../ui/revision_history.ui" line="11" />
        <source>Revisions</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="16" />
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="18" />
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <location filename="../../ui/revision_history.ui" line="27" />
        <source>Restore selected revision</source>
        <translation>Pulihkan revisi terpilih</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/revisions.py" line="76" />
        <source>unknown</source>
        <translation>tak dikenal</translation>
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
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="75" />
        <source>Write a note: the reporter will see it.</source>
        <translation>Tulis catatan: pewarta akan melihatnya.</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_transition.ui" line="6" />
        <source>Workflow action</source>
        <translation>Tindakan alur kerja</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_transition.ui" line="9" />
        <source>&amp;Note for the reporter:</source>
        <translation>&amp;Catatan untuk pewarta:</translation>
    </message>
    <message>
        <location filename="../../ui/workflow_transition.ui" line="11" />
        <source>&amp;Date and time:</source>
        <translation>&amp;Tanggal dan jam:</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="13" />
        <source>Submit to desk</source>
        <translation>Ajukan ke desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="14" />
        <source>Start editing</source>
        <translation>Mulai sunting</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="15" />
        <source>Return to reporter…</source>
        <translation>Kembalikan ke pewarta…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="16" />
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="17" />
        <source>Schedule…</source>
        <translation>Jadwalkan…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="18" />
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="19" />
        <source>Unpublish…</source>
        <translation>Tarik…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="20" />
        <source>Spike</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="21" />
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="29" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="30" />
        <source>Photographer</source>
        <translation>Fotografer</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="31" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="32" />
        <source>Desk chief</source>
        <translation>Kepala Desk</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="33" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="41" />
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="42" />
        <source>Assigned</source>
        <translation>Ditugaskan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="43" />
        <source>In progress</source>
        <translation>Dikerjakan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="44" />
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="45" />
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/labels.py" line="46" />
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="123" />
        <source>&amp;Workflow</source>
        <translation>Alur &amp;kerja</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="124" />
        <source>Workflow</source>
        <translation>Alur kerja</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="127" />
        <source>Embargo until…</source>
        <translation>Embargo hingga…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="128" />
        <source>Lift embargo</source>
        <translation>Cabut embargo</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/actions.py" line="175" />
        <source>Nobody is signed in.</source>
        <translation>Belum ada yang masuk.</translation>
    </message>
</context>
<context>
    <name>WorkflowUi</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="102" />
        <source>People and desks…</source>
        <translation>Orang dan desk…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="104" />
        <source>Review queue</source>
        <translation>Antrean review</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="105" />
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="106" />
        <source>Article history and comments</source>
        <translation>Riwayat dan komentar artikel</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="107" />
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="171" />
        <source>Returned by the desk: %1</source>
        <translation>Dikembalikan oleh desk: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="197" />
        <source>%1 is now: %2</source>
        <translation>%1 kini: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/workflow/__init__.py" line="206" />
        <source>%n new notification(s)</source>
        <translation><numerusform>%n notifikasi baru</numerusform></translation>
    </message>
</context>
</TS>