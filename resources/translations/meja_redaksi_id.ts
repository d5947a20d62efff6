<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="175" />
        <source>New article</source>
        <translation>Artikel baru</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="202" />
        <source>%n word(s)</source>
        <translation><numerusform>%n kata</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="204" />
        <source>%n character(s)</source>
        <translation><numerusform>%n karakter</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="206" />
        <source>%n minute(s) to read</source>
        <translation><numerusform>%n menit baca</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="301" />
        <source>Not saved: %1</source>
        <translation>Belum tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/editor/article_editor.py" line="309" />
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
        <location filename="../../src/meja_redaksi/gui/models/article_list.py" line="133" />
        <source>(no headline)</source>
        <translation>(tanpa judul)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="129" />
        <source>working…</source>
        <translation>bekerja…</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="171" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="250" />
        <source>All desks</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="177" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="253" />
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="181" />
        <source>not signed in</source>
        <translation>belum masuk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="191" />
        <source>Recovered %n unsaved article(s): check them and save.</source>
        <translation><numerusform>%n artikel yang belum tersimpan dipulihkan: periksa lalu simpan.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="230" />
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="245" />
        <source>Revision history</source>
        <translation>Riwayat revisi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="293" />
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="476" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/meja_redaksi/gui/main_window.py" line="415" />
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
</TS>