<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
    <context>
        <name />
        <message>
            <source>Private-app token</source>
            <translation>Token aplikasi privat</translation>
        </message>
        <message>
            <source>Inbound webhook URL</source>
            <translation>URL webhook masuk</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>Kunci API</translation>
        </message>
        <message>
            <source>API token</source>
            <translation>Token API</translation>
        </message>
        <message>
            <source>Add a HubSpot connection</source>
            <translation>Tambah koneksi HubSpot</translation>
        </message>
        <message>
            <source>Add a Bitrix24 connection</source>
            <translation>Tambah koneksi Bitrix24</translation>
        </message>
        <message>
            <source>Add a Clientify connection</source>
            <translation>Tambah koneksi Clientify</translation>
        </message>
        <message>
            <source>Add a Pipedrive connection</source>
            <translation>Tambah koneksi Pipedrive</translation>
        </message>
        <message>
            <source>The webhook URL is a secret: it is kept in the system keyring and shown without its key.</source>
            <translation>URL webhook adalah rahasia: disimpan di keyring sistem dan ditampilkan tanpa kuncinya.</translation>
        </message>
        <message>
            <source>The token is kept in the system keyring, never in the database or in flow files.</source>
            <translation>Token disimpan di keyring sistem, tidak pernah di basis data atau di berkas alur.</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Email accounts</source>
            <translation>Akun email</translation>
        </message>
        <message>
            <source>Emails go out through these SMTP accounts. Passwords are kept in the system keyring only. A flow step without an account writes to the local outbox instead.</source>
            <translation>Email dikirim lewat akun SMTP ini. Kata sandi hanya disimpan di keyring sistem. Langkah alur tanpa akun menulis ke kotak keluar lokal.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <source>&amp;Server (host)</source>
            <translation>&amp;Server (host)</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <source>S&amp;ecurity</source>
            <translation>K&amp;eamanan</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Nama pengguna</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Kata &amp;sandi</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Pengirim</translation>
        </message>
        <message>
            <source>None (plain)</source>
            <translation>Tidak ada (tanpa enkripsi)</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <source>SSL/TLS</source>
            <translation>SSL/TLS</translation>
        </message>
        <message>
            <source>Name &lt;address@example.com&gt;</source>
            <translation>Nama &lt;alamat@contoh.co.id&gt;</translation>
        </message>
        <message>
            <source>e.g. office</source>
            <translation>mis. kantor</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.contoh.co.id</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Save account</source>
            <translation>&amp;Simpan akun</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Uji koneksi</translation>
        </message>
        <message>
            <source>unchanged (kept in the keyring)</source>
            <translation>tidak berubah (tersimpan di keyring)</translation>
        </message>
        <message>
            <source>required</source>
            <translation>wajib</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Server (host)</source>
            <translation>Server (host)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Pengirim</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Please fill in: %1.</source>
            <translation>Harap isi: %1.</translation>
        </message>
        <message>
            <source>An account named «%1» exists already.</source>
            <translation>Akun bernama «%1» sudah ada.</translation>
        </message>
        <message>
            <source>Account «%1» saved.</source>
            <translation>Akun «%1» disimpan.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Hapus akun</translation>
        </message>
        <message>
            <source>Remove the account «%1» and its password from the keyring? Flow steps using it will fail until you choose another.</source>
            <translation>Hapus akun «%1» dan kata sandinya dari keyring? Langkah alur yang memakainya akan gagal sampai Anda memilih akun lain.</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Menghubungkan ke %1…</translation>
        </message>
        <message>
            <source>Connection works: %1</source>
            <translation>Koneksi berfungsi: %1</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Koneksi gagal: %1</translation>
        </message>
    </context>
    <context>
        <name>ActionsBar</name>
        <message>
            <source>Resolve</source>
            <translation>Selesaikan</translation>
        </message>
        <message>
            <source>Decide a step whose outcome is unknown</source>
            <translation>Putuskan langkah yang hasilnya tidak diketahui</translation>
        </message>
    </context>
    <context>
        <name>AddConnectionDialog</name>
        <message>
            <source>e.g. office</source>
            <translation>mis. kantor</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Tags property</source>
            <translation>Properti tag</translation>
        </message>
        <message>
            <source>Tags field</source>
            <translation>Kolom tag</translation>
        </message>
        <message>
            <source>Check for changes every</source>
            <translation>Periksa perubahan setiap</translation>
        </message>
        <message>
            <source>API address (optional)</source>
            <translation>Alamat API (opsional)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>Keyring sistem tidak tersedia, jadi rahasia tidak bisa disimpan dengan aman.</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsDialog</name>
        <message>
            <source>Runtime settings</source>
            <translation>Pengaturan eksekusi</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Diizinkan</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
    </context>
    <context>
        <name>AppSettingsMenus</name>
        <message>
            <source>&amp;Runtime settings…</source>
            <translation>Pengaturan &amp;eksekusi…</translation>
        </message>
    </context>
    <context>
        <name>CanvasDocument</name>
        <message numerus="yes">
            <source>Delete %n node(s)</source>
            <translation>
                <numerusform>Hapus %n blok</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n node(s)</source>
            <translation>
                <numerusform>Tempel %n blok</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Auto-layout</source>
            <translation>Tata otomatis</translation>
        </message>
        <message>
            <source>Change the flow's CRM</source>
            <translation>Ganti CRM alur ini</translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <source>%1 pending</source>
            <translation>%1 dalam antrean</translation>
        </message>
        <message>
            <source>%1 throttled</source>
            <translation>diperlambat: %1</translation>
        </message>
        <message>
            <source>%1 / %2 left</source>
            <translation>sisa %1 / %2</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>sisa %1</translation>
        </message>
        <message>
            <source>token rejected</source>
            <translation>token ditolak</translation>
        </message>
        <message>
            <source>daily quota used up</source>
            <translation>kuota harian habis</translation>
        </message>
        <message>
            <source>blocked by the CRM for a while</source>
            <translation>diblokir CRM untuk sementara</translation>
        </message>
        <message>
            <source>rate limited</source>
            <translation>dibatasi lajunya</translation>
        </message>
        <message>
            <source>CRM unreachable</source>
            <translation>CRM tidak terjangkau</translation>
        </message>
        <message>
            <source>Paused: %1</source>
            <translation>Dijeda: %1</translation>
        </message>
        <message>
            <source>tries again at %1</source>
            <translation>dicoba lagi pukul %1</translation>
        </message>
        <message>
            <source>quota %1</source>
            <translation>kuota: %1</translation>
        </message>
        <message>
            <source>sync failing</source>
            <translation>sinkronisasi gagal</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsDialog</name>
        <message>
            <source>CRM connections</source>
            <translation>Koneksi CRM</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Setiap</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>Sinkronisasi terakhir</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Antrean</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Kuota</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>&amp;Uji</translation>
        </message>
        <message>
            <source>&amp;Sync now</source>
            <translation>&amp;Sinkronkan sekarang</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Tambah…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Replace &amp;secret…</source>
            <translation>Ganti &amp;rahasia…</translation>
        </message>
        <message>
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>No connections yet: flows run on the local CRM. Add HubSpot (a private-app token), Bitrix24 (an inbound webhook URL), Clientify (an API key) or Pipedrive (an API token) to run flows on your own CRM.</source>
            <translation>Belum ada koneksi: alur berjalan di CRM lokal. Tambahkan HubSpot (token aplikasi privat), Bitrix24 (URL webhook masuk), Clientify (kunci API) atau Pipedrive (token API) untuk menjalankan alur di CRM Anda sendiri.</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 dtk</translation>
        </message>
        <message>
            <source>never</source>
            <translation>tidak pernah</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Connection «%1» added; its secret is in the system keyring. Use Test to check it.</source>
            <translation>Koneksi «%1» ditambahkan; rahasianya ada di keyring sistem. Gunakan Uji untuk memeriksanya.</translation>
        </message>
        <message>
            <source>«%1»: %2</source>
            <translation>«%1»: %2</translation>
        </message>
        <message>
            <source>«%1» works: %2 users, %3 pipelines, %4 contact fields.</source>
            <translation>«%1» berfungsi: %2 pengguna, %3 pipeline, %4 kolom kontak.</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Menguji…</translation>
        </message>
        <message>
            <source>«%1»: %2 change(s) found (%3 records read).</source>
            <translation>«%1»: %2 perubahan ditemukan (%3 catatan dibaca).</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Menyinkronkan…</translation>
        </message>
        <message>
            <source>«%1»: the new secret is in the system keyring; the work that waited resumes.</source>
            <translation>«%1»: rahasia baru ada di keyring sistem; pekerjaan yang menunggu dilanjutkan.</translation>
        </message>
        <message>
            <source>Remove connection</source>
            <translation>Hapus koneksi</translation>
        </message>
        <message>
            <source>Remove «%1» and its secret from this computer? Flows that use it stop until a connection with that name is added again.</source>
            <translation>Hapus «%1» beserta rahasianya dari komputer ini? Alur yang memakainya berhenti sampai koneksi dengan nama itu ditambahkan lagi.</translation>
        </message>
        <message>
            <source>Connection «%1» removed.</source>
            <translation>Koneksi «%1» dihapus.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionsMenus</name>
        <message>
            <source>&amp;CRM connections…</source>
            <translation>&amp;Koneksi CRM…</translation>
        </message>
        <message>
            <source>Flow &amp;settings…</source>
            <translation>&amp;Pengaturan alur…</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Kontak baru</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nama belakang</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Tahap siklus hidup</translation>
        </message>
        <message>
            <source>comma separated, e.g. cliente, vip</source>
            <translation>dipisahkan koma, mis. pelanggan, vip</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tugas</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(tanpa pemilik)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Kesepakatan</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tugas</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Search contacts…</source>
            <translation>Cari kontak…</translation>
        </message>
    </context>
    <context>
        <name>ContactsView</name>
        <message>
            <source>Search by name, email or company…</source>
            <translation>Cari berdasarkan nama, email, atau perusahaan…</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Kontak baru</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Impor CSV…</translation>
        </message>
        <message>
            <source>Run flow…</source>
            <translation>Jalankan alur…</translation>
        </message>
        <message>
            <source>Send the selected contacts through an active flow</source>
            <translation>Kirim kontak terpilih melalui alur yang aktif</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Diperbarui</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n kontak</numerusform>
            </translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Impor kontak</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Berkas CSV (*.csv *.txt);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Run flow</source>
            <translation>Jalankan alur</translation>
        </message>
        <message>
            <source>No flow is active. Switch one on in the flows list first.</source>
            <translation>Tidak ada alur yang aktif. Aktifkan dulu salah satu di daftar alur.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Terjadi kesalahan</translation>
        </message>
        <message>
            <source>Caudal hit an error it did not expect. Your saved flows and the contacts in them are safe; what you were doing may not have finished.</source>
            <translation>Caudal mengalami kesalahan yang tidak terduga. Alur yang sudah disimpan dan kontak di dalamnya aman; apa yang sedang Anda kerjakan mungkin belum selesai.</translation>
        </message>
        <message>
            <source>The details are in the log file %1: send it to whoever supports you.</source>
            <translation>Detailnya ada di berkas log %1: kirimkan ke orang yang membantu Anda.</translation>
        </message>
        <message>
            <source>Open the logs folder</source>
            <translation>Buka folder log</translation>
        </message>
        <message>
            <source>Copy the details</source>
            <translation>Salin detail</translation>
        </message>
    </context>
    <context>
        <name>DailyChart</name>
        <message>
            <source>Started</source>
            <translation>Dimulai</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <source>Enrollments per day, last 30 days</source>
            <translation>Pendaftaran per hari, 30 hari terakhir</translation>
        </message>
    </context>
    <context>
        <name>DealsEditor</name>
        <message>
            <source>Deal</source>
            <translation>Kesepakatan</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Add deal</source>
            <translation>Tambah kesepakatan</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Judul kesepakatan</translation>
        </message>
    </context>
    <context>
        <name>FiltersBar</name>
        <message>
            <source>All flows</source>
            <translation>Semua alur</translation>
        </message>
        <message>
            <source>Search contact by name or email…</source>
            <translation>Cari kontak berdasarkan nama atau email…</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>any day</source>
            <translation>hari apa saja</translation>
        </message>
        <message>
            <source>all</source>
            <translation>semua</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Node: %1 ✕</source>
            <translation>Blok: %1 ✕</translation>
        </message>
        <message>
            <source>Show every node again</source>
            <translation>Tampilkan lagi semua blok</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find a step by name or type</source>
            <translation>Cari langkah menurut nama atau jenis</translation>
        </message>
        <message>
            <source>Previous (Shift+Enter)</source>
            <translation>Sebelumnya (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next (Enter)</source>
            <translation>Berikutnya (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Tutup (Esc)</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>tidak ada yang cocok</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 dari %2</translation>
        </message>
    </context>
    <context>
        <name>FlowEditor</name>
        <message>
            <source>No flow is open. Create one with File → New flow, or pick one in the Flows list.</source>
            <translation>Tidak ada alur yang terbuka. Buat alur dengan Berkas → Alur baru, atau pilih salah satu di daftar Alur.</translation>
        </message>
        <message>
            <source>This flow is empty. Double-click a trigger in Nodes (or drag it here, or press Tab and type its name): it says when contacts come in. Then pick what happens to them: each step goes below the selected one.</source>
            <translation>Alur ini kosong. Klik dua kali sebuah pemicu di «Blok» (atau seret ke sini, atau tekan Tab dan ketik namanya): pemicu menentukan kapan kontak masuk. Lalu pilih apa yang terjadi pada mereka: setiap langkah ditambahkan di bawah langkah yang dipilih.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Tempel</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Gandakan</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Pilih semua</translation>
        </message>
        <message>
            <source>Fit to view</source>
            <translation>Sesuaikan dengan tampilan</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Tata otomatis</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Perbesar</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Perkecil</translation>
        </message>
        <message>
            <source>Find in flow…</source>
            <translation>Cari di alur…</translation>
        </message>
        <message>
            <source>Insert a step here</source>
            <translation>Sisipkan langkah di sini</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>Batalkan %1</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Ulangi %1</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Ulangi</translation>
        </message>
    </context>
    <context>
        <name>FlowSettingsDialog</name>
        <message>
            <source>Flow settings</source>
            <translation>Pengaturan alur</translation>
        </message>
        <message>
            <source>Local CRM (built in)</source>
            <translation>CRM lokal (bawaan)</translation>
        </message>
        <message>
            <source>%1 (missing connection)</source>
            <translation>%1 (koneksi tidak ditemukan)</translation>
        </message>
        <message>
            <source>CRM</source>
            <translation>CRM</translation>
        </message>
        <message>
            <source>The contacts this flow enrolls, reads and changes live in this CRM. Add connections in Settings → CRM connections.</source>
            <translation>Kontak yang didaftarkan, dibaca, dan diubah oleh alur ini ada di CRM ini. Tambahkan koneksi di Pengaturan → Koneksi CRM.</translation>
        </message>
    </context>
    <context>
        <name>FlowsList</name>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Create an empty flow</source>
            <translation>Buat alur kosong</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Gandakan</translation>
        </message>
        <message>
            <source>Copy the selected flow</source>
            <translation>Salin alur yang dipilih</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <source>Rename the selected flow</source>
            <translation>Ganti nama alur yang dipilih</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Delete the selected flow</source>
            <translation>Hapus alur yang dipilih</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>Import a *.caudal.json file</source>
            <translation>Impor berkas *.caudal.json</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Save the selected flow as a *.caudal.json file</source>
            <translation>Simpan alur yang dipilih sebagai berkas *.caudal.json</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>Duplicate, rename, export or delete the selected flow</source>
            <translation>Gandakan, ganti nama, ekspor, atau hapus alur yang dipilih</translation>
        </message>
        <message>
            <source>Hide inactive flows</source>
            <translation>Sembunyikan alur yang tidak aktif</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Alur</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Active version: %1</source>
            <translation>Versi aktif: %1</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Berhenti</translation>
        </message>
        <message>
            <source>New flow</source>
            <translation>Alur baru</translation>
        </message>
        <message>
            <source>Name of the new flow:</source>
            <translation>Nama alur baru:</translation>
        </message>
        <message>
            <source>Duplicate flow</source>
            <translation>Gandakan alur</translation>
        </message>
        <message>
            <source>Rename flow</source>
            <translation>Ganti nama alur</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nama baru:</translation>
        </message>
        <message>
            <source>Delete the flow «%1» and all its versions and history? This cannot be undone.</source>
            <translation>Hapus alur «%1» beserta semua versi dan riwayatnya? Tindakan ini tidak bisa dibatalkan.</translation>
        </message>
        <message>
            <source>Delete flow</source>
            <translation>Hapus alur</translation>
        </message>
        <message>
            <source>Import flow</source>
            <translation>Impor alur</translation>
        </message>
        <message>
            <source>Export flow</source>
            <translation>Ekspor alur</translation>
        </message>
    </context>
    <context>
        <name>FormAddressDialog</name>
        <message>
            <source>Web form address: %1</source>
            <translation>Alamat formulir web: %1</translation>
        </message>
        <message>
            <source>Post a web form (or another app's JSON) to this address to start the flow. Keep it private: anyone with it can send contacts.</source>
            <translation>Kirim formulir web (atau JSON dari aplikasi lain) ke alamat ini untuk memulai alur. Rahasiakan: siapa pun yang memilikinya dapat mengirim kontak.</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>New address</source>
            <translation>Alamat baru</translation>
        </message>
        <message>
            <source>Make a new secret address; the old one stops working.</source>
            <translation>Buat alamat rahasia baru; alamat lama tidak berfungsi lagi.</translation>
        </message>
        <message>
            <source>Sample HTML form:</source>
            <translation>Contoh formulir HTML:</translation>
        </message>
    </context>
    <context>
        <name>HistoryExtension</name>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Show &amp;history of this flow</source>
            <translation>Lihat &amp;riwayat alur ini</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Riwayat</translation>
        </message>
        <message>
            <source>Click to see these contacts in the history</source>
            <translation>Klik untuk melihat kontak ini di riwayat</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Alur</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Current node</source>
            <translation>Blok saat ini</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Perubahan terakhir</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Langkah berikutnya</translation>
        </message>
        <message>
            <source>Click a column to sort</source>
            <translation>Klik kolom untuk mengurutkan</translation>
        </message>
        <message numerus="yes">
            <source>%n enrollment(s)</source>
            <translation>
                <numerusform>%n pendaftaran</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryStates</name>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Keluar</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Gagal</translation>
        </message>
        <message>
            <source>Uncertain</source>
            <translation>Tidak pasti</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Dibatalkan</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Berhasil</translation>
        </message>
        <message>
            <source>Ran, nothing changed</source>
            <translation>Dijalankan, tidak ada perubahan</translation>
        </message>
        <message>
            <source>Condition not met</source>
            <translation>Kondisi tidak terpenuhi</translation>
        </message>
        <message>
            <source>Operator action</source>
            <translation>Tindakan operator</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import contacts from CSV</source>
            <translation>Impor kontak dari CSV</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Contoh</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(abaikan)</translation>
        </message>
        <message>
            <source>Import the good rows even if some are wrong</source>
            <translation>Impor baris yang benar meskipun ada yang salah</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Berkas: %1</translation>
        </message>
        <message>
            <source>Choose which contact field each column fills:</source>
            <translation>Pilih kolom kontak yang diisi oleh setiap kolom berkas:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Mengimpor…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>The file could not be imported: %1</source>
            <translation>Berkas tidak bisa diimpor: %1</translation>
        </message>
        <message>
            <source>%1 contacts created, %2 updated, %3 unchanged, %4 skipped.</source>
            <translation>%1 kontak dibuat, %2 diperbarui, %3 tidak berubah, %4 dilewati.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1 rows have errors. Fix them, or tick "Import the good rows".</source>
            <translation>Tidak ada yang diimpor: %1 baris berisi kesalahan. Perbaiki, atau centang «Impor baris yang benar».</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>baris %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Select one node to edit its settings.</source>
            <translation>Pilih satu blok untuk menyunting pengaturannya.</translation>
        </message>
        <message>
            <source>Unknown node type</source>
            <translation>Jenis blok tidak dikenal</translation>
        </message>
        <message>
            <source>The name this step shows on the canvas and in the history.</source>
            <translation>Nama langkah ini di kanvas dan di riwayat.</translation>
        </message>
        <message>
            <source>Name of the step</source>
            <translation>Nama langkah</translation>
        </message>
        <message>
            <source>Remove this rule</source>
            <translation>Hapus aturan ini</translation>
        </message>
        <message>
            <source>Add rule</source>
            <translation>Tambah aturan</translation>
        </message>
        <message>
            <source>Add group</source>
            <translation>Tambah grup</translation>
        </message>
        <message>
            <source>Remove this group</source>
            <translation>Hapus grup ini</translation>
        </message>
        <message>
            <source>Next runs:</source>
            <translation>Jadwal berikutnya:</translation>
        </message>
        <message>
            <source>Invalid cron expression: %1</source>
            <translation>Ekspresi cron tidak valid: %1</translation>
        </message>
        <message>
            <source>Insert a merge field</source>
            <translation>Sisipkan kolom gabungan</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Cari…</translation>
        </message>
        <message>
            <source>(local outbox)</source>
            <translation>(kotak keluar lokal)</translation>
        </message>
        <message>
            <source>(write here)</source>
            <translation>(tulis di sini)</translation>
        </message>
        <message>
            <source>Without an account the email stays in the local outbox.</source>
            <translation>Tanpa akun, email tetap di kotak keluar lokal.</translation>
        </message>
        <message>
            <source>Edit templates…</source>
            <translation>Sunting templat…</translation>
        </message>
        <message>
            <source>Use «%1»</source>
            <translation>Gunakan «%1»</translation>
        </message>
        <message>
            <source>Create the tag «%1»</source>
            <translation>Buat tag «%1»</translation>
        </message>
        <message>
            <source>(the flow's time zone)</source>
            <translation>(zona waktu alur)</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>Use the field key «%1»</source>
            <translation>Gunakan kunci kolom «%1»</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nilai baru</translation>
        </message>
        <message>
            <source>Remove this field</source>
            <translation>Hapus kolom ini</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Tambah kolom</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>The contact's owner</source>
            <translation>Pemilik kontak</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktif</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>berhenti</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Rahasia</translation>
        </message>
        <message>
            <source>Output label</source>
            <translation>Label keluaran</translation>
        </message>
        <message>
            <source>Percent</source>
            <translation>Persen</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Pengguna</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Tick “Secret” to store a reference to a secret in the system keyring; the secret itself is never shown here.</source>
            <translation>Centang «Rahasia» untuk menyimpan rujukan ke rahasia di keyring sistem; rahasianya sendiri tidak pernah ditampilkan di sini.</translation>
        </message>
        <message>
            <source>Total: %1 %</source>
            <translation>Total: %1 %</translation>
        </message>
    </context>
    <context>
        <name>JourneyDialog</name>
        <message>
            <source>Journey</source>
            <translation>Perjalanan</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Diharapkan</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Sebenarnya</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Hasil</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Dibandingkan</translation>
        </message>
        <message>
            <source>Branch taken</source>
            <translation>Cabang yang diambil</translation>
        </message>
        <message>
            <source>Waiting until</source>
            <translation>Menunggu sampai</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Galat</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Salin</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>at %1</source>
            <translation>di %1</translation>
        </message>
        <message numerus="yes">
            <source>%n older step(s) were compacted by retention.</source>
            <translation>
                <numerusform>%n langkah lama dipadatkan oleh retensi.</numerusform>
            </translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ya</translation>
        </message>
        <message>
            <source>no</source>
            <translation>tidak</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Flows</source>
            <translation>Alur</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Blok</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Properti</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Alur</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>About Caudal</source>
            <translation>Tentang Caudal</translation>
        </message>
        <message>
            <source>Caudal %1
Draw CRM automation flows and run them on your own desktop.</source>
            <translation>Caudal %1
Gambar alur otomatisasi CRM dan jalankan di komputer Anda sendiri.</translation>
        </message>
        <message>
            <source>Flows keep running. Open Caudal from the tray icon.</source>
            <translation>Alur tetap berjalan. Buka Caudal dari ikon di baki sistem.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) sent into the flow</source>
            <translation>
                <numerusform>%n kontak dikirim ke alur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot activate: %n problem(s) to fix first (see Problems).</source>
            <translation>
                <numerusform>Tidak bisa diaktifkan: ada %n masalah yang harus diperbaiki dulu (lihat Masalah).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Before activating «%1», %n thing(s) to look at:</source>
            <translation>
                <numerusform>Sebelum mengaktifkan «%1», ada %n hal yang perlu diperiksa:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The flow «%1» is active and these changes have %n problem(s): they are saved as a draft, and contacts go on with the active version until you fix them and activate again.</source>
            <translation>
                <numerusform>Alur «%1» aktif dan perubahan ini memiliki %n masalah: perubahan disimpan sebagai draf, dan kontak tetap memakai versi aktif sampai Anda memperbaikinya dan mengaktifkannya lagi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) in flows</source>
            <translation>
                <numerusform>%n kontak di alur</numerusform>
            </translation>
        </message>
        <message>
            <source>This desktop has no tray: flows stop when Caudal is closed.</source>
            <translation>Desktop ini tidak punya baki sistem: alur berhenti saat Caudal ditutup.</translation>
        </message>
        <message>
            <source>&amp;New flow</source>
            <translation>Alur &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Import flow…</source>
            <translation>&amp;Impor alur…</translation>
        </message>
        <message>
            <source>&amp;Export flow…</source>
            <translation>E&amp;kspor alur…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Check problems</source>
            <translation>&amp;Periksa masalah</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Aktifkan</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Hentikan</translation>
        </message>
        <message>
            <source>Flow &amp;editor</source>
            <translation>&amp;Editor alur</translation>
        </message>
        <message>
            <source>&amp;Contacts</source>
            <translation>&amp;Kontak</translation>
        </message>
        <message>
            <source>Keep flows running when the window is closed</source>
            <translation>Biarkan alur tetap berjalan saat jendela ditutup</translation>
        </message>
        <message>
            <source>Draw flows top-down</source>
            <translation>Gambar alur dari atas ke bawah</translation>
        </message>
        <message>
            <source>&amp;About Caudal</source>
            <translation>&amp;Tentang Caudal</translation>
        </message>
        <message>
            <source>Open the &amp;logs folder</source>
            <translation>Buka folder &amp;log</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>F&amp;low</source>
            <translation>A&amp;lur</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Pengaturan</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Ba&amp;hasa</translation>
        </message>
        <message>
            <source>no flow open</source>
            <translation>tidak ada alur yang terbuka</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Flow activated</source>
            <translation>Alur diaktifkan</translation>
        </message>
        <message>
            <source>Flow stopped</source>
            <translation>Alur dihentikan</translation>
        </message>
        <message>
            <source>Review before activating</source>
            <translation>Tinjau sebelum mengaktifkan</translation>
        </message>
        <message>
            <source>Activate anyway</source>
            <translation>Tetap aktifkan</translation>
        </message>
        <message>
            <source>The flow «%1» has unsaved changes. Save them?</source>
            <translation>Alur «%1» punya perubahan yang belum disimpan. Simpan sekarang?</translation>
        </message>
        <message>
            <source>Saved «%1»</source>
            <translation>«%1» disimpan</translation>
        </message>
        <message>
            <source>«%1» was saved elsewhere (another desktop or window) after you opened it. Reload it (your changes here are lost) or save your version as a copy?</source>
            <translation>«%1» telah disimpan di tempat lain (desktop atau jendela lain) setelah Anda membukanya. Muat ulang (perubahan Anda di sini hilang) atau simpan versi Anda sebagai salinan?</translation>
        </message>
        <message>
            <source>Saved your version as «%1»</source>
            <translation>Versi Anda disimpan sebagai «%1»</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Aktifkan</translation>
        </message>
        <message>
            <source>Runtime running</source>
            <translation>Mesin berjalan</translation>
        </message>
        <message>
            <source>Runtime stopped</source>
            <translation>Mesin berhenti</translation>
        </message>
        <message>
            <source>Runtime unavailable</source>
            <translation>Mesin tidak tersedia</translation>
        </message>
    </context>
    <context>
        <name>NotStartedButton</name>
        <message numerus="yes">
            <source>Not started: %n</source>
            <translation>
                <numerusform>Tidak dimulai: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Contacts a trigger matched that did not start (filter not met, or the re-enrollment policy). Click to see why.</source>
            <translation>Kontak yang cocok dengan pemicu tetapi tidak dimulai (filter tidak terpenuhi, atau kebijakan pendaftaran ulang). Klik untuk melihat alasannya.</translation>
        </message>
    </context>
    <context>
        <name>NotStartedDialog</name>
        <message>
            <source>Contacts that did not start</source>
            <translation>Kontak yang tidak dimulai</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kapan</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Alur</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Pemicu</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Kali</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <source>Caudal: a flow notifies you</source>
            <translation>Caudal: ada pemberitahuan dari alur</translation>
        </message>
        <message>
            <source>%1 (for %2)</source>
            <translation>%1 (untuk %2)</translation>
        </message>
    </context>
    <context>
        <name>OperatorActions</name>
        <message>
            <source>Retry failed step</source>
            <translation>Coba lagi langkah yang gagal</translation>
        </message>
        <message>
            <source>Resolve: send again</source>
            <translation>Selesaikan: kirim ulang</translation>
        </message>
        <message>
            <source>Resolve: mark as done</source>
            <translation>Selesaikan: tandai selesai</translation>
        </message>
        <message>
            <source>Skip wait</source>
            <translation>Lewati jeda</translation>
        </message>
        <message>
            <source>Move to node…</source>
            <translation>Pindahkan ke blok…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batalkan</translation>
        </message>
        <message>
            <source>Re-enroll</source>
            <translation>Daftarkan ulang</translation>
        </message>
        <message numerus="yes">
            <source>Run the failed step again for %n contact(s)?</source>
            <translation>
                <numerusform>Jalankan lagi langkah yang gagal untuk %n kontak?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The outcome of the step is unknown for %n contact(s). Send it again? The receiver may get it twice.</source>
            <translation>
                <numerusform>Hasil langkah ini tidak diketahui untuk %n kontak. Kirim ulang? Penerima mungkin mendapatkannya dua kali.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark the uncertain step as done for %n contact(s) and go on without sending it again?</source>
            <translation>
                <numerusform>Tandai langkah yang tidak pasti sebagai selesai untuk %n kontak dan lanjutkan tanpa mengirim ulang?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>End the wait now for %n contact(s) and go on to the next step?</source>
            <translation>
                <numerusform>Akhiri jeda sekarang untuk %n kontak dan lanjut ke langkah berikutnya?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n contact(s) to the node «%1»? They continue from there.</source>
            <translation>
                <numerusform>Pindahkan %n kontak ke blok «%1»? Kontak akan berlanjut dari sana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stop the journey of %n contact(s)? Nothing more will run for them.</source>
            <translation>
                <numerusform>Hentikan perjalanan %n kontak? Tidak ada lagi yang akan dijalankan untuk mereka.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Start the flow again from its trigger for %n contact(s)?</source>
            <translation>
                <numerusform>Mulai lagi alur dari pemicunya untuk %n kontak?</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose contacts of one flow version to move them together.</source>
            <translation>Pilih kontak dari satu versi alur yang sama untuk memindahkannya bersama-sama.</translation>
        </message>
        <message>
            <source>Node to move to:</source>
            <translation>Blok tujuan:</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) done.</source>
            <translation>
                <numerusform>%n kontak selesai diproses.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…dan %n lainnya.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n could not be changed:</source>
            <translation>
                <numerusform>%n tidak bisa diubah:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>Time</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Dari</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Kepada</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Teks biasa</translation>
        </message>
        <message>
            <source>The outbox is empty. Emails from flow steps without an account will appear here.</source>
            <translation>Kotak keluar kosong. Email dari langkah alur tanpa akun akan muncul di sini.</translation>
        </message>
        <message>
            <source>&lt;b&gt;These emails were not sent.&lt;/b&gt; Steps without a sending account write here instead; choose an account in the step to send through SMTP.</source>
            <translation>&lt;b&gt;Email ini tidak dikirim.&lt;/b&gt; Langkah tanpa akun pengirim menulis ke sini; pilih akun di langkah tersebut agar terkirim lewat SMTP.</translation>
        </message>
        <message>
            <source>Email accounts…</source>
            <translation>Akun email…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Emails stay on this computer.&lt;/b&gt; No email account is set up yet, so every email a flow writes lands in this local outbox and nobody receives it.</source>
            <translation>&lt;b&gt;Email tetap di komputer ini.&lt;/b&gt; Belum ada akun email yang disiapkan, jadi setiap email yang ditulis alur masuk ke kotak keluar lokal ini dan tidak ada yang menerimanya.</translation>
        </message>
        <message>
            <source>Set up an email account…</source>
            <translation>Siapkan akun email…</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Search nodes…</source>
            <translation>Cari blok…</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>No problems</source>
            <translation>Tidak ada masalah</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Alur</translation>
        </message>
    </context>
    <context>
        <name>RunFlowDialog</name>
        <message>
            <source>Run flow</source>
            <translation>Jalankan alur</translation>
        </message>
        <message numerus="yes">
            <source>Send %n selected contact(s) through:</source>
            <translation>
                <numerusform>Kirim %n kontak terpilih melalui:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksPage</name>
        <message>
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Pemilik:</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Tandai selesai</translation>
        </message>
        <message>
            <source>Open tasks</source>
            <translation>Tugas terbuka</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>Tugas lewat tenggat</translation>
        </message>
        <message>
            <source>Done tasks</source>
            <translation>Tugas selesai</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Semua tugas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tugas</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Kesepakatan</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Semua orang</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n tugas</numerusform>
            </translation>
        </message>
        <message>
            <source>Overdue task</source>
            <translation>Tugas lewat tenggat</translation>
        </message>
    </context>
    <context>
        <name>TemplateForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>&amp;Subjek</translation>
        </message>
        <message>
            <source>HTML &amp;body</source>
            <translation>&amp;Isi HTML</translation>
        </message>
        <message>
            <source>Insert field</source>
            <translation>Sisipkan kolom</translation>
        </message>
        <message>
            <source>Preview for</source>
            <translation>Pratinjau untuk</translation>
        </message>
        <message>
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <source>Plain text</source>
            <translation>Teks biasa</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;</source>
            <translation>&lt;p&gt;Halo {{ contact.first_name | default("Pelanggan") }},&lt;/p&gt;</translation>
        </message>
        <message>
            <source>No contact to preview with: add one on the Contacts page.</source>
            <translation>Tidak ada kontak untuk pratinjau: tambahkan satu di halaman Kontak.</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>Subjek: %1</translation>
        </message>
        <message>
            <source>Merge fields empty for this contact: %1</source>
            <translation>Kolom gabungan yang kosong untuk kontak ini: %1</translation>
        </message>
        <message>
            <source>Every merge field has a value for this contact.</source>
            <translation>Semua kolom gabungan punya nilai untuk kontak ini.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Email templates</source>
            <translation>Templat email</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>Templat &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>&amp;Ganti nama…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Simpan templat</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Perubahan belum disimpan</translation>
        </message>
        <message>
            <source>The template «%1» has unsaved changes. Save them?</source>
            <translation>Templat «%1» punya perubahan yang belum disimpan. Simpan sekarang?</translation>
        </message>
        <message>
            <source>New template</source>
            <translation>Templat baru</translation>
        </message>
        <message>
            <source>Name of the new template:</source>
            <translation>Nama templat baru:</translation>
        </message>
        <message>
            <source>Hello {{ contact.first_name }}</source>
            <translation>Halo {{ contact.first_name }}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Hello {{ contact.first_name | default("customer") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Best regards,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</source>
            <translation>&lt;p&gt;Halo {{ contact.first_name | default("Pelanggan") }},&lt;/p&gt;

&lt;p&gt;&lt;/p&gt;

&lt;p&gt;Salam hangat,&lt;br&gt;{{ owner.name }}&lt;/p&gt;
</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Ganti nama templat</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nama baru:</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>Templat perlu nama.</translation>
        </message>
        <message>
            <source>Template «%1» saved.</source>
            <translation>Templat «%1» disimpan.</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Hapus templat</translation>
        </message>
        <message>
            <source>Delete the template «%1»? Flow steps using it will fail until you choose another.</source>
            <translation>Hapus templat «%1»? Langkah alur yang memakainya akan gagal sampai Anda memilih templat lain.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Caudal</source>
            <translation>Buka Caudal</translation>
        </message>
        <message>
            <source>Quit (stop the runtime)</source>
            <translation>Keluar (hentikan mesin)</translation>
        </message>
        <message>
            <source>Caudal: flows keep running</source>
            <translation>Caudal: alur tetap berjalan</translation>
        </message>
    </context>
    <context>
        <name>UpdateSecretDialog</name>
        <message>
            <source>Replace the secret of «%1»</source>
            <translation>Ganti rahasia «%1»</translation>
        </message>
        <message>
            <source>The new secret goes to the system keyring. What was already read from the CRM is kept, and the work that waited for this connection resumes.</source>
            <translation>Rahasia baru disimpan di keyring sistem. Data yang sudah dibaca dari CRM tetap disimpan, dan pekerjaan yang menunggu koneksi ini dilanjutkan.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ganti</translation>
        </message>
        <message>
            <source>The system keyring is not available, so the secret cannot be kept safely.</source>
            <translation>Keyring sistem tidak tersedia, jadi rahasia tidak bisa disimpan dengan aman.</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>%1 — version %2 (read-only)</source>
            <translation>%1 — versi %2 (hanya baca)</translation>
        </message>
        <message>
            <source>A frozen version cannot be changed: edit the flow's draft instead.</source>
            <translation>Versi yang dibekukan tidak bisa diubah: sunting draf alurnya saja.</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>Blok</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Double-click a version to open it read-only</source>
            <translation>Klik dua kali sebuah versi untuk membukanya dalam mode hanya baca</translation>
        </message>
    </context>
    <context>
        <name>ask</name>
        <message>
            <source>Caudal flows (*.caudal.json);;JSON files (*.json);;All files (*)</source>
            <translation>Alur Caudal (*.caudal.json);;Berkas JSON (*.json);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Muat ulang</translation>
        </message>
        <message>
            <source>Save as copy</source>
            <translation>Simpan sebagai salinan</translation>
        </message>
    </context>
    <context>
        <name>DatabaseDialog</name>
        <message>
            <source>Connecting…</source>
            <translation>Menyambung…</translation>
        </message>
        <message>
            <source>Saved. Caudal opens this database from its next start.

Reopen Caudal on it now? (Unsaved changes are asked about first.)</source>
            <translation>Tersimpan. Caudal membuka basis data ini mulai saat dijalankan berikutnya.

Buka ulang Caudal dengannya sekarang? (Perubahan yang belum disimpan akan ditanyakan dulu.)</translation>
        </message>
        <message>
            <source>Office database</source>
            <translation>Basis data kantor</translation>
        </message>
        <message>
            <source>&amp;This computer only (a file in your user folder)</source>
            <translation>Hanya komputer &amp;ini (berkas di folder pengguna Anda)</translation>
        </message>
        <message>
            <source>&amp;Office database (PostgreSQL server)</source>
            <translation>Basis data &amp;kantor (server PostgreSQL)</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Basis &amp;data:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>Pen&amp;gguna:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Kata &amp;sandi:</translation>
        </message>
        <message>
            <source>Or the whole &amp;address:</source>
            <translation>Atau &amp;alamat lengkap:</translation>
        </message>
        <message>
            <source>kept in this computer's keyring</source>
            <translation>disimpan di keyring komputer ini</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Uji koneksi</translation>
        </message>
        <message>
            <source>Type the server and the database, or the whole address.</source>
            <translation>Ketik server dan basis data, atau alamat lengkapnya.</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Terbuka sekarang: %1</translation>
        </message>
        <message>
            <source>This window was started with --db or CAUDAL_DB, which wins over this setting.</source>
            <translation>Jendela ini dibuka dengan --db atau CAUDAL_DB, yang mengalahkan pengaturan ini.</translation>
        </message>
        <message>
            <source>The test failed. Save this address anyway?</source>
            <translation>Uji gagal. Tetap simpan alamat ini?</translation>
        </message>
        <message>
            <source>The password could not be kept in the keyring, so nothing was saved.</source>
            <translation>Kata sandi tidak dapat disimpan di keyring, jadi tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The setting could not be saved: %1</source>
            <translation>Pengaturan tidak dapat disimpan: %1</translation>
        </message>
        <message>
            <source>Try &amp;again</source>
            <translation>&amp;Coba lagi</translation>
        </message>
        <message>
            <source>&amp;Change the setting…</source>
            <translation>&amp;Ubah pengaturan…</translation>
        </message>
        <message>
            <source>Use this &amp;computer's database</source>
            <translation>Pakai basis data &amp;komputer ini</translation>
        </message>
        <message>
            <source>Office &amp;database…</source>
            <translation>Basis &amp;data kantor…</translation>
        </message>
        <message>
            <source>This is the office database chosen in Settings → Office database….</source>
            <translation>Ini basis data kantor yang dipilih di Pengaturan → Basis data kantor….</translation>
        </message>
        <message>
            <source>none (it could not be opened)</source>
            <translation>tidak ada (tidak dapat dibuka)</translation>
        </message>
    </context>
    <context>
        <name>EmailMenus</name>
        <message>
            <source>Email &amp;accounts…</source>
            <translation>&amp;Akun email…</translation>
        </message>
        <message>
            <source>Email &amp;templates…</source>
            <translation>&amp;Templat email…</translation>
        </message>
        <message>
            <source>&amp;Outbox</source>
            <translation>&amp;Kotak keluar</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Kotak keluar</translation>
        </message>
    </context>
    <context>
        <name>EmailMessages</name>
        <message>
            <source>The password is missing from the keyring: type it again and save.</source>
            <translation>Kata sandi tidak ada di keyring: ketik lagi lalu simpan.</translation>
        </message>
        <message>
            <source>The password was not stored: %1</source>
            <translation>Kata sandi tidak tersimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Contact</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Kesepakatan</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Perusahaan</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nama depan</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nama belakang</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Kota</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Negara</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Tahap siklus hidup</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Ulang tahun</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>Dibuat pada</translation>
        </message>
        <message>
            <source>Last changed on</source>
            <translation>Terakhir diubah pada</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <source>Close date</source>
            <translation>Tanggal penutupan</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>kustom</translation>
        </message>
    </context>
    <context>
        <name>FlowCanvas</name>
        <message>
            <source>Connect</source>
            <translation>Hubungkan</translation>
        </message>
        <message>
            <source>a node it joins does not exist.</source>
            <translation>salah satu blok yang disambungkannya tidak ada.</translation>
        </message>
        <message>
            <source>the port does not exist.</source>
            <translation>port tidak ada.</translation>
        </message>
        <message>
            <source>duplicate edge, kept once.</source>
            <translation>sambungan ganda, disimpan satu kali.</translation>
        </message>
        <message>
            <source>Add “%1”</source>
            <translation>Tambah «%1»</translation>
        </message>
        <message>
            <source>Edit “%1”</source>
            <translation>Sunting «%1»</translation>
        </message>
        <message>
            <source>Auto-layout</source>
            <translation>Tata otomatis</translation>
        </message>
        <message>
            <source>Node %1: unknown node type “%2”.</source>
            <translation>Blok %1: jenis blok «%2» tidak dikenal.</translation>
        </message>
        <message>
            <source>Edge %1 (%2.%3 → %4.%5)</source>
            <translation>Sambungan %1 (%2.%3 → %4.%5)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Make room</source>
            <translation>Beri ruang</translation>
        </message>
        <message>
            <source>Insert “%1”</source>
            <translation>Sisipkan «%1»</translation>
        </message>
    </context>
    <context>
        <name>FormsMenus</name>
        <message>
            <source>Web &amp;form address…</source>
            <translation>Alamat &amp;formulir web…</translation>
        </message>
    </context>
    <context>
        <name>RuntimesStatus</name>
        <message numerus="yes">
            <source>desktop</source>
            <translation>
                <numerusform>desktop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>service</source>
            <translation>
                <numerusform>layanan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>run until idle</source>
            <translation>
                <numerusform>eksekusi sekali</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>this desktop</source>
            <translation>
                <numerusform>desktop ini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No desktop and no service runs flows on this database now.</source>
            <translation>
                <numerusform>Saat ini tidak ada desktop atau layanan yang menjalankan alur di basis data ini.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes on this database:</source>
            <translation>
                <numerusform>Yang menjalankan alur di basis data ini:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Runtimes: cannot read</source>
            <translation>
                <numerusform>Yang menjalankan alur: tidak terbaca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n lainnya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No runtime on this database</source>
            <translation>
                <numerusform>Tidak ada yang menjalankan alur di basis data ini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>not responding</source>
            <translation>
                <numerusform>tidak merespons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (not responding)</source>
            <translation>
                <numerusform>%1 (tidak merespons)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2)</source>
            <translation>
                <numerusform>%1 (%2)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n runtime(s): %1</source>
            <translation>
                <numerusform>Menjalankan alur (%n): %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%2, not responding)</source>
            <translation>
                <numerusform>%1 (%2, tidak merespons)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 — since %3 — last heartbeat %4</source>
            <translation>
                <numerusform>%1 — %2 — sejak %3 — detak terakhir %4</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TasksMenus</name>
        <message>
            <source>&amp;Tasks</source>
            <translation>&amp;Tugas</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Tugas</translation>
        </message>
    </context>
</TS>
