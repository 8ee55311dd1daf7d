"""The eight Markdown documents of the Indonesian half, as their staff would write them.

Each entry: relative path under knowledge/, its fields, and the Markdown body.
All figures, addresses, hours, phone numbers and app names are invented.
"""

NOTE = ("Dokumen evaluasi: semua tarif, tenggat, lama proses, jam layanan, alamat, nomor "
        "telepon dan nama aplikasi di halaman ini adalah rekaan.")
END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."

MD_DOCS = []

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/nasional/sim-a-c-baru-perpanjangan-hilang.md", {
    "title": "SIM A dan SIM C: Pembuatan Baru, Perpanjangan, dan Penggantian SIM Hilang",
    "region": "Nasional",
    "agency": "Korps Lalu Lintas Kepolisian Negara Republik Indonesia (Korlantas Polri)",
    "source": "https://korlantas.example.invalid/layanan/sim-a-dan-sim-c",
    "updated": "2026-02-10",
}, """
# SIM A dan SIM C: Pembuatan Baru, Perpanjangan, dan Penggantian SIM Hilang

## Tentang Layanan Ini

Surat Izin Mengemudi (SIM) adalah bukti bahwa seseorang boleh mengemudikan kendaraan bermotor di jalan. Halaman ini membahas dua golongan: SIM A untuk mobil penumpang dan mobil barang perseorangan dengan berat sampai 3.500 kg, dan SIM C untuk sepeda motor. Pelayanan diberikan di Satuan Penyelenggara Administrasi SIM (Satpas) di setiap Polres dan Polresta, di gerai SIM keliling, dan sebagian lewat portal daring SIMku.

## Siapa yang Dapat Mengajukan

- Warga negara Indonesia yang telah berusia 17 tahun, untuk SIM A maupun SIM C.
- Warga negara asing yang tinggal di Indonesia dengan KITAS atau KITAP yang masih berlaku.
- Pemohon harus sehat jasmani dan rohani serta dapat membaca dan menulis.

Perpanjangan dapat diajukan di Satpas mana pun di Indonesia, tidak harus di kota tempat SIM pertama kali dibuat.

## Persyaratan SIM Baru

- KTP elektronik asli dan fotokopinya (WNA: paspor serta KITAS atau KITAP).
- Surat keterangan sehat jasmani dari dokter atau klinik yang terdaftar.
- Surat hasil tes psikologi dari lembaga yang terdaftar di Polri.
- Bukti pendaftaran dari portal SIMku bila mendaftar secara daring.

## Langkah Pembuatan SIM Baru

1. Daftar di portal SIMku atau ambil nomor antrean di loket Satpas.
2. Jalani tes kesehatan dan tes psikologi; hasilnya berlaku 6 bulan.
3. Ikuti ujian teori berbasis komputer berisi 30 soal; pemohon lulus bila menjawab benar paling sedikit 21 soal.
4. Ikuti ujian praktik di lapangan Satpas sesuai golongan SIM.
5. Bayar PNBP di loket bank atau dengan kode bayar, lalu ikuti pengambilan foto, sidik jari dan tanda tangan digital.
6. SIM dicetak dan dapat diambil pada hari yang sama.

Pemohon yang gagal ujian teori atau praktik boleh mengulang setelah 7 hari, paling banyak dua kali tanpa biaya pendaftaran ulang. Setelah tiga kali gagal, pemohon harus mendaftar dari awal.

## Biaya Resmi

| Jenis layanan | SIM A | SIM C |
|---|---|---|
| Penerbitan SIM baru | Rp 135.000 | Rp 110.000 |
| Perpanjangan | Rp 90.000 | Rp 85.000 |
| Penggantian SIM hilang atau rusak | Rp 90.000 | Rp 85.000 |

Tes kesehatan (sekitar Rp 45.000) dan tes psikologi (sekitar Rp 60.000) dibayar terpisah kepada klinik atau lembaga pemeriksa. Tidak ada biaya lain di luar tabel ini, dan pembayaran tidak dilakukan kepada petugas.

## Perpanjangan SIM

SIM berlaku 5 tahun dan tanggal berakhirnya tercetak di kartu. Perpanjangan dapat diajukan paling cepat 90 hari sebelum masa berlaku habis, dengan membawa KTP elektronik, SIM lama, surat keterangan sehat dan hasil tes psikologi; tidak ada ujian teori maupun praktik. Perpanjangan SIM A dan SIM C juga bisa dilakukan sepenuhnya lewat portal SIMku: tes kesehatan dan psikologi daring, pembayaran dengan kode bayar, lalu SIM dikirim ke alamat pemohon dengan ongkos kirim Rp 25.000.

SIM yang sudah lewat masa berlakunya lebih dari 30 hari tidak dapat diperpanjang; pemohon harus membuat SIM baru lengkap dengan ujian.

## SIM Hilang atau Rusak

Untuk mengganti SIM yang hilang, bawa surat keterangan kehilangan dari kantor polisi (Polsek atau Polres), KTP elektronik, fotokopi SIM lama bila masih ada, surat keterangan sehat dan hasil tes psikologi. Untuk SIM yang rusak, bawa kartu yang rusak itu. Penggantian hanya dilayani di loket Satpas, tidak lewat SIMku, dan masa berlaku SIM pengganti mengikuti SIM lama.

## Jam Pelayanan dan SIM Keliling

Satpas melayani Senin sampai Jumat pukul 08.00–14.00 dan Sabtu pukul 08.00–11.30; hari Minggu dan hari libur nasional tutup. Gerai SIM keliling hanya melayani perpanjangan SIM A dan SIM C yang masih berlaku, tidak melayani SIM baru maupun SIM hilang. Jadwal SIM keliling diumumkan di portal SIMku setiap hari Senin.

## Waktu Penyelesaian

- SIM baru: sekitar 3 jam bila semua ujian lulus pada hari itu.
- Perpanjangan di loket atau SIM keliling: sekitar 1 jam.
- Perpanjangan lewat SIMku: SIM dikirim dalam 7 hari kerja setelah pembayaran.
- Penggantian SIM hilang: sekitar 2 jam.

## Yang Tidak Termasuk

Layanan ini tidak termasuk SIM B1 dan B2 untuk kendaraan berat, SIM umum untuk angkutan penumpang dan barang, SIM D untuk penyandang disabilitas, SIM Internasional, maupun konversi SIM luar negeri.

## Pertanyaan yang Sering Diajukan

### KTP saya dari kota lain, bisakah membuat SIM baru di kota tempat saya tinggal sekarang?

Bisa, dengan membawa surat keterangan domisili dari kelurahan tempat tinggal sekarang.

### Apakah SIM digital di SIMku berlaku saat razia?

Ya. SIM digital yang ditampilkan di aplikasi SIMku sah ditunjukkan saat pemeriksaan, selama SIM fisiknya masih berlaku.

### Hasil tes psikologi saya dari tahun lalu, masih bisa dipakai?

Tidak. Hasil tes kesehatan dan tes psikologi hanya berlaku 6 bulan sejak diterbitkan.

## Kontak

- Layanan informasi SIM: (021) 7098 4410, setiap hari pukul 07.00–21.00
- Surel: layanan.sim@korlantas.example.invalid
- Portal: https://simku.korlantas.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/nasional/klaim-jht-bpjs-ketenagakerjaan.md", {
    "title": "Klaim Jaminan Hari Tua (JHT) BPJS Ketenagakerjaan",
    "region": "Nasional",
    "agency": "BPJS Ketenagakerjaan",
    "source": "https://www.bpjsketenagakerjaan.example.invalid/program/jht/klaim",
    "updated": "2026-01-22",
}, """
# Klaim Jaminan Hari Tua (JHT)

## Apa Itu JHT

Jaminan Hari Tua (JHT) adalah tabungan wajib pekerja yang dikumpulkan dari iuran bulanan, sebagian dipotong dari upah pekerja dan sebagian dibayar pemberi kerja. Saldo beserta hasil pengembangannya dibayarkan sekaligus ketika peserta memenuhi syarat pencairan. Pekerja mandiri (bukan penerima upah) yang ikut program JHT juga dapat mencairkan saldonya dengan cara yang sama.

## Siapa yang Bisa Mencairkan

Saldo JHT dapat dicairkan seluruhnya oleh:

- peserta yang mengundurkan diri, setelah masa tunggu 1 bulan sejak tanggal berhenti bekerja yang tertulis di surat keterangan;
- peserta yang terkena pemutusan hubungan kerja (PHK);
- peserta yang mencapai usia pensiun 56 tahun;
- peserta yang mengalami cacat total tetap;
- peserta yang meninggalkan Indonesia untuk selamanya;
- ahli waris, bila peserta meninggal dunia.

Peserta yang masih bekerja tidak dapat mencairkan seluruh saldo, tetapi boleh mengambil sebagian (lihat Pencairan Sebagian).

## Dokumen yang Harus Disiapkan

- Kartu peserta atau nomor kepesertaan (KPJ)
- KTP elektronik
- Kartu Keluarga
- Buku tabungan atas nama peserta (halaman depan)
- Surat keterangan berhenti bekerja (paklaring) atau surat PHK dari perusahaan
- NPWP, bila saldo JHT di atas Rp 60.000.000
- Foto wajah terbaru tampak depan, diambil saat pengajuan

Peserta yang berhenti karena usia pensiun tidak memerlukan paklaring; cukup KTP, KK, kartu peserta dan buku tabungan.

## Mengajukan Klaim Secara Daring

Klaim dapat diajukan dari rumah lewat aplikasi Klaim Kilat atau situs klaim.bpjsketenagakerjaan.example.invalid:

1. Masuk dengan NIK dan nomor kepesertaan, lalu pilih menu "Klaim JHT".
2. Isi Formulir F5 (Pengajuan Klaim JHT) dan nomor rekening bank.
3. Unggah dokumen dalam format JPG atau PDF, masing-masing paling besar 2 MB.
4. Lakukan verifikasi wajah.
5. Untuk saldo di atas Rp 15.000.000, petugas menghubungi peserta untuk wawancara video; siapkan dokumen asli.

Status klaim dapat dipantau di menu "Riwayat Klaim".

## Mengajukan di Kantor Cabang

Peserta juga dapat datang ke kantor cabang terdekat dengan membawa dokumen asli. Ambil nomor antrean lebih dulu lewat aplikasi Klaim Kilat; kuota antrean tatap muka 80 orang per hari di setiap kantor cabang. Kantor cabang buka Senin–Jumat pukul 08.00–15.00.

## Lama Proses

Klaim daring diproses paling lama 5 hari kerja sejak dokumen dinyatakan lengkap, sedangkan klaim di kantor cabang selesai paling lama 3 hari kerja. Dana ditransfer ke rekening peserta dan biasanya masuk 1–2 hari kerja setelah klaim disetujui. Bila dokumen kurang, pemberitahuan dikirim lewat SMS dan aplikasi; peserta punya waktu 14 hari untuk melengkapinya sebelum pengajuan dibatalkan.

## Pajak atas Pencairan

Pencairan JHT sekaligus dikenai PPh final. Saldo sampai Rp 60.000.000 tidak dipotong pajak, sedangkan bagian di atas Rp 60.000.000 dipotong 5%. Peserta yang tidak memiliki NPWP dikenai potongan 20% lebih tinggi dari tarif tersebut.

## Pencairan Sebagian

Peserta dengan masa kepesertaan paling sedikit 10 tahun boleh mengambil sebagian saldo satu kali selama menjadi peserta: sampai 10% untuk persiapan hari tua, atau sampai 30% untuk pembiayaan perumahan. Pengambilan 30% memerlukan surat keterangan dari bank pemberi kredit pemilikan rumah. Pencairan sebagian hanya dilayani di kantor cabang.

## Kasus Khusus

- Peserta meninggal dunia: ahli waris membawa akta kematian, surat keterangan ahli waris dari kelurahan, KK, dan KTP ahli waris.
- Data KTP berbeda dengan data kepesertaan (misalnya nama atau tanggal lahir): perbarui data lebih dulu di kantor cabang.
- Perusahaan tidak memberi paklaring atau sudah tutup: lampirkan surat pernyataan bermeterai sebagai pengganti.
- Saldo tersebar di lebih dari satu nomor kepesertaan: gabungkan kartu terlebih dulu sebelum klaim.

Layanan ini tidak termasuk klaim Jaminan Pensiun, Jaminan Kecelakaan Kerja, Jaminan Kematian, maupun Jaminan Kehilangan Pekerjaan.

## Tanya Jawab

### Saya baru resign dua minggu lalu, sudah bisa klaim?

Belum. Tunggu sampai genap 1 bulan sejak tanggal berhenti bekerja.

### Apakah rekening harus atas nama sendiri?

Ya, rekening harus atas nama peserta; untuk klaim ahli waris, atas nama ahli waris.

### Berapa biaya mengurus klaim JHT?

Tidak ada biaya apa pun untuk klaim, baik daring maupun di kantor cabang.

### Kartu peserta saya hilang, bagaimana?

Nomor kepesertaan dapat dilihat di aplikasi Klaim Kilat dengan memasukkan NIK, atau ditanyakan di kantor cabang.

## Layanan Bantuan

- Pusat panggilan: (021) 5082 7741, Senin–Sabtu pukul 07.00–20.00
- Surel: klaim@bpjsketenagakerjaan.example.invalid
- Situs: https://www.bpjsketenagakerjaan.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/pasuruan/akta-kelahiran.md", {
    "title": "Penerbitan Akta Kelahiran di Kota Pasuruan",
    "region": "Kota Pasuruan",
    "agency": "Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan",
    "source": "https://dispendukcapil.pasuruankota.example.invalid/layanan/akta-kelahiran",
    "updated": "2026-03-04",
}, """
# Penerbitan Akta Kelahiran di Kota Pasuruan

## Tentang Layanan

Akta kelahiran adalah dokumen pencatatan sipil yang menjadi bukti sah kelahiran seseorang. Akta ini diperlukan untuk membuat Kartu Identitas Anak, mendaftar sekolah, mengurus paspor, dan berbagai keperluan lain sepanjang hidup. Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kota Pasuruan menerbitkan akta kelahiran bagi penduduk yang tercatat dalam Kartu Keluarga Kota Pasuruan, di mana pun anak itu dilahirkan.

## Siapa yang Bisa Mengurus

Kelahiran dilaporkan oleh ayah atau ibu bayi. Bila orang tua berhalangan, pelaporan dapat diwakilkan kepada anggota keluarga dalam satu KK dengan surat kuasa bermeterai. Warga dewasa yang belum pernah memiliki akta juga dapat mengajukan sendiri.

## Syarat

- Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau klinik; untuk kelahiran di rumah tanpa tenaga kesehatan, surat keterangan lahir dari kelurahan
- Kartu Keluarga yang sudah memuat nama kedua orang tua
- KTP elektronik ayah dan ibu
- Buku nikah atau akta perkawinan orang tua
- Formulir F-2.01 yang sudah diisi dan ditandatangani
- Dua orang saksi beserta fotokopi KTP-nya, atau Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) sebagai pengganti saksi

## Cara Pengajuan

Akta dapat diurus dengan tiga cara:

1. **Daring lewat layanan AKUR Pasuruan** (https://akur.pasuruankota.example.invalid): unggah pindaian dokumen, tunggu verifikasi, lalu akta dikirim dalam bentuk PDF ke surel untuk dicetak sendiri di kertas HVS putih A4 80 gram.
2. **Lewat kantor kelurahan**: petugas kelurahan meneruskan berkas ke Dispendukcapil, dan akta diambil kembali di kelurahan.
3. **Di loket Dispendukcapil** atau di gerai Dispendukcapil di Mal Pelayanan Publik.

Bayi yang lahir di RSUD milik Pemerintah Kota Pasuruan dapat langsung diuruskan aktanya di pojok layanan "Lahir Langsung Akta" sebelum ibu dan bayi pulang.

## Biaya

Seluruh layanan akta kelahiran gratis, termasuk pelaporan yang terlambat dan pembetulan akta. Warga hanya menanggung biaya cetak bila mencetak sendiri, serta meterai Rp 10.000 untuk surat kuasa atau SPTJM. Bila ada petugas yang meminta uang, laporkan ke nomor pengaduan di bagian Kontak.

## Lama Penyelesaian

- Lewat AKUR Pasuruan: paling lama 2 hari kerja sejak berkas dinyatakan lengkap.
- Di loket Dispendukcapil: selesai pada hari yang sama bila berkas masuk sebelum pukul 12.00.
- Lewat kelurahan: 5 hari kerja, termasuk waktu pengiriman berkas.

Bersamaan dengan akta, diterbitkan pula KK baru yang sudah memuat nama anak.

## Bila Pelaporan Terlambat

Kelahiran sebaiknya dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan yang lewat dari 60 hari tetap dilayani tanpa denda, tetapi pemohon wajib melampirkan SPTJM kebenaran data kelahiran. Pemohon berusia di atas 18 tahun juga melampirkan ijazah terakhir atau dokumen lain yang memuat tanggal lahir.

## Keadaan Khusus

- **Orang tua tidak memiliki buku nikah**: akta tetap diterbitkan dengan SPTJM kebenaran sebagai pasangan suami istri, dan akta memuat catatan khusus.
- **Anak lahir di luar negeri**: bawa surat atau akta lahir dari negara tempat lahir yang sudah diterjemahkan, serta surat keterangan pelaporan dari KBRI atau KJRI; laporkan paling lambat 30 hari sejak tiba di Indonesia.
- **Salah tulis nama atau tanggal di akta**: ajukan pembetulan di loket dengan membawa akta asli dan dokumen pendukung; selesai dalam 3 hari kerja.

## Jam Layanan dan Alamat

Kantor Dispendukcapil Kota Pasuruan berada di Jl. Hayam Wuruk No. 14, Kota Pasuruan. Loket buka Senin–Kamis pukul 07.30–15.00 dan Jumat pukul 07.30–11.00. Gerai di Mal Pelayanan Publik juga buka hari Sabtu pukul 08.00–12.00.

## Yang Tidak Dibahas di Sini

Halaman ini tidak membahas akta kematian, Kartu Identitas Anak, perubahan nama melalui penetapan pengadilan, maupun pencatatan pengangkatan anak. Informasi layanan tersebut dapat ditanyakan di loket.

## Tanya Jawab

### Apakah akta yang dicetak sendiri sah?

Sah. Akta yang dicetak sendiri memuat tanda tangan elektronik dan kode QR yang dapat diperiksa keasliannya.

### Anak saya lahir di Surabaya, bisakah aktanya dibuat di Pasuruan?

Bisa, selama orang tuanya tercatat dalam KK Kota Pasuruan.

### Berapa kali akta bisa dicetak ulang?

Akta hasil unduhan AKUR Pasuruan dapat dicetak ulang kapan saja; akta lama yang rusak diganti di loket tanpa biaya.

## Kontak

- Layanan informasi: (0343) 426 118
- WhatsApp pengaduan: 0813-3145-0827
- Surel: dispendukcapil@pasuruankota.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/pasuruan/sewa-kios-pasar.md", {
    "title": "Sewa Kios, Los dan Lapak di Pasar Milik Pemerintah Kota Pasuruan",
    "region": "Kota Pasuruan",
    "agency": "Dinas Perindustrian dan Perdagangan Kota Pasuruan",
    "source": "https://disperindag.pasuruankota.example.invalid/pasar/sewa-tempat-berdagang",
    "updated": "2026-02-18",
}, """
# Sewa Kios, Los dan Lapak di Pasar Milik Pemerintah Kota Pasuruan

## Gambaran Umum

Pemerintah Kota Pasuruan menyewakan kios, los dan lapak di pasar-pasar daerah, antara lain Pasar Besar Kota Pasuruan, kepada pedagang. Hak memakai tempat berdagang diberikan dalam bentuk Surat Izin Penempatan (SIP) yang berlaku satu tahun dan dapat diperpanjang. Pengelolaan sehari-hari dilakukan oleh Unit Pelaksana Teknis (UPT) Pasar di bawah Dinas Perindustrian dan Perdagangan.

## Siapa yang Boleh Menyewa

Penyewa adalah perorangan berusia paling rendah 18 tahun yang memiliki KTP. Pedagang ber-KTP luar Kota Pasuruan boleh menyewa, tetapi pedagang ber-KTP Kota Pasuruan didahulukan bila peminat lebih banyak dari tempat yang tersedia. Satu orang paling banyak memegang dua tempat berdagang di pasar yang sama.

## Dokumen yang Diperlukan

- Fotokopi KTP dan KK
- Pas foto berwarna ukuran 3x4 sebanyak 2 lembar
- Surat permohonan kepada Kepala UPT Pasar
- Nomor Induk Berusaha (NIB); pedagang yang belum punya dibantu membuatnya di kantor UPT
- Surat pernyataan sanggup mematuhi tata tertib pasar (formulir disediakan UPT)

## Langkah Pengajuan

1. Tanyakan tempat yang kosong di kantor UPT Pasar, atau lihat daftar kios kosong di aplikasi e-Pasar Pasuruan.
2. Serahkan dokumen dan isi Formulir PTB-1 (Permohonan Tempat Berdagang).
3. Petugas memeriksa tempat yang diminta; bila satu tempat diminati lebih dari satu orang, penyewa ditentukan dengan undian terbuka.
4. Bayar sewa dan uang jaminan.
5. Terima SIP dan kunci kios.

## Tarif Sewa dan Retribusi

| Jenis tempat | Ukuran | Sewa per tahun | Retribusi harian |
|---|---|---|---|
| Kios lantai dasar | 3 x 3 m | Rp 2.400.000 | Rp 3.000 |
| Kios lantai atas | 3 x 3 m | Rp 1.500.000 | Rp 3.000 |
| Los | 2 x 1,5 m | Rp 720.000 | Rp 2.000 |
| Lapak terbuka | 1,5 x 1 m | tidak ada | Rp 4.000 |

Sewa dapat dibayar sekaligus di awal tahun atau dicicil setiap bulan. Uang jaminan sebesar satu bulan sewa dibayar sekali di awal dan dikembalikan saat sewa berakhir bila tidak ada tunggakan atau kerusakan. Retribusi harian sudah mencakup kebersihan dan keamanan; listrik kios dibayar sendiri melalui meteran prabayar.

## Masa Sewa dan Perpanjangan

SIP berlaku 12 bulan. Perpanjangan diajukan paling lambat 30 hari sebelum SIP habis dengan membawa SIP lama dan bukti lunas retribusi. Kios yang belum diperpanjang sampai 14 hari setelah SIP habis dianggap kosong dan dapat ditawarkan kepada pedagang lain.

## Tunggakan dan Sanksi

Cicilan sewa yang terlambat dikenai denda 2% per bulan dari jumlah tunggakan. Tunggakan 3 bulan mendapat surat peringatan pertama, dan tunggakan 6 bulan membuat SIP dicabut serta kios disegel. Kios yang tutup terus-menerus selama 60 hari tanpa pemberitahuan ke UPT juga dapat dicabut izinnya.

## Pengalihan dan Balik Nama

Kios tidak boleh dijual, disewakan ulang, atau dialihkan kepada orang lain tanpa persetujuan UPT. Balik nama hanya dilayani untuk suami, istri atau anak penyewa, misalnya karena penyewa meninggal atau sakit berkepanjangan, dengan biaya administrasi Rp 150.000. Pengalihan kepada orang di luar keluarga tidak dilayani.

## Kantor UPT Pasar

Kantor UPT Pasar berada di lantai 2 Pasar Besar Kota Pasuruan, Jl. Soekarno-Hatta No. 5. Pelayanan Senin–Jumat pukul 07.00–14.00 dan Sabtu pukul 07.00–11.00. Sewa dapat dibayar di loket UPT, dengan transfer ke rekening kas daerah, atau dengan kode bayar di aplikasi e-Pasar Pasuruan.

## Pertanyaan Umum

### Apakah bisa menyewa tempat hanya selama bulan Ramadan?

Bisa, untuk lapak terbuka dengan izin musiman paling lama 45 hari. Kios dan los hanya disewakan tahunan.

### Atap kios saya bocor, siapa yang memperbaiki?

Kerusakan atap dan saluran air diperbaiki UPT; laporkan ke kantor UPT. Perubahan bentuk kios oleh pedagang harus seizin UPT.

### Apakah ada keringanan bagi pedagang yang terkena musibah kebakaran pasar?

Ada, berupa pembebasan sewa paling lama 6 bulan berdasarkan keputusan Kepala Dinas.

## Hubungi Kami

- Kantor UPT Pasar: (0343) 421 507
- Surel: upt.pasar@pasuruankota.example.invalid
- Aplikasi: e-Pasar Pasuruan

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/banjarbaru/sambungan-air-baru.md", {
    "title": "Pasang Baru Sambungan Air Minum dan Rekening Bulanan di Kota Banjarbaru",
    "region": "Kota Banjarbaru",
    "agency": "PT Air Minum Intan Banjar (Perseroda)",
    "source": "https://www.intanbanjar.example.invalid/pelanggan/pasang-baru",
    "updated": "2026-01-30",
}, """
# Pasang Baru Sambungan Air Minum di Kota Banjarbaru

## Tentang Layanan

PT Air Minum Intan Banjar menyediakan air minum perpipaan bagi rumah tangga, usaha dan instansi di Kota Banjarbaru. Halaman ini menjelaskan cara menjadi pelanggan baru, biaya pemasangan, tarif pemakaian bulanan, serta aturan pembayaran rekening, penyegelan dan penyambungan kembali.

## Persyaratan Pasang Baru

- Fotokopi KTP pemohon yang sesuai dengan alamat pemasangan
- Fotokopi Kartu Keluarga
- Fotokopi sertifikat rumah atau SPPT PBB terakhir; penyewa melampirkan surat izin dari pemilik rumah
- Titik lokasi rumah (kirim lokasi lewat WhatsApp) atau denah sederhana
- Nomor telepon atau WhatsApp yang aktif

Pemasangan hanya dapat dilakukan di jalan yang sudah dilalui pipa distribusi. Petugas memastikannya pada saat survei.

## Cara Mendaftar

1. Daftar lewat aplikasi AirKu Intan Banjar atau datang ke kantor pelayanan.
2. Petugas melakukan survei lokasi paling lambat 3 hari kerja setelah pendaftaran.
3. Pemohon menerima rincian biaya pemasangan lewat WhatsApp.
4. Biaya dibayar dalam 14 hari; bila lewat, pendaftaran batal dan harus diulang.
5. Petugas memasang pipa dinas dan meter air.

## Biaya Pemasangan

| Jenis sambungan | Biaya |
|---|---|
| Rumah tangga, pipa 1/2 inci, jarak sampai 10 meter | Rp 1.350.000 |
| Tambahan pipa per meter di atas 10 meter | Rp 45.000 |
| Niaga kecil, pipa 3/4 inci | Rp 2.100.000 |
| Rumah tangga berpenghasilan rendah (program subsidi) | Rp 350.000 |

Biaya sudah termasuk meter air, pipa dinas, kran dan ongkos pasang. Pelanggan rumah tangga boleh mencicil biaya pemasangan sampai 3 kali bersama rekening bulanan. Program subsidi berlaku bagi keluarga yang terdaftar dalam data kesejahteraan sosial, dengan kuota terbatas setiap tahun.

## Tarif Air per Bulan

| Pemakaian | Rumah tangga | Niaga kecil |
|---|---|---|
| 0–10 m³ | Rp 4.200 per m³ | Rp 6.800 per m³ |
| 11–20 m³ | Rp 5.600 per m³ | Rp 8.100 per m³ |
| di atas 20 m³ | Rp 7.300 per m³ | Rp 9.900 per m³ |

Selain harga air, setiap rekening memuat biaya beban tetap Rp 15.000 per bulan untuk pemeliharaan meter. Pemakaian di bawah 10 m³ tetap dihitung 10 m³.

## Lama Pemasangan

Air mengalir paling lambat 10 hari kerja setelah biaya pemasangan lunas. Bila pipa harus menyeberang jalan atau jaraknya lebih dari 50 meter, pemasangan bisa memakan waktu sampai 30 hari kerja karena memerlukan izin galian.

## Pembayaran Rekening dan Denda

Rekening dibayar tanggal 1 sampai 20 setiap bulan di kantor pelayanan, bank, kantor pos, minimarket, atau lewat aplikasi AirKu Intan Banjar. Pembayaran setelah tanggal 20 dikenai denda Rp 10.000 untuk setiap lembar rekening yang terlambat.

## Penyegelan dan Penyambungan Kembali

- Tunggakan 2 bulan: meter air disegel dan aliran dihentikan.
- Tunggakan 3 bulan: sambungan diputus dan pipa dinas dibongkar.

Meter yang disegel dibuka kembali setelah tunggakan dan biaya buka segel Rp 150.000 dilunasi, paling lambat 1 hari kerja. Sambungan yang sudah dibongkar hanya dapat dipasang lagi dengan mendaftar sebagai pelanggan baru. Pelanggan yang meninggalkan rumah dalam waktu lama dapat meminta tutup sementara dengan biaya Rp 50.000; selama ditutup, beban tetap tidak ditagih.

## Kantor Pelayanan dan Jam Buka

Kantor Pelayanan Banjarbaru berada di Jl. Ahmad Yani Km 34 No. 12, Kota Banjarbaru. Loket buka Senin–Jumat pukul 08.00–15.00 dan Sabtu pukul 08.00–12.00. Laporan gangguan air diterima 24 jam.

## Pertanyaan Umum

### Saya mengontrak rumah, bisakah pasang atas nama saya?

Bisa dengan surat izin pemilik, tetapi sambungan tetap tercatat atas nama pemilik rumah.

### Meter air saya rusak, apakah penggantiannya bayar?

Meter yang rusak karena usia diganti gratis. Meter yang rusak karena kelalaian pelanggan diganti dengan biaya Rp 275.000.

### Air keruh atau tidak mengalir, lapor ke mana?

Hubungi pusat panggilan gangguan 24 jam di bawah ini dan sebutkan nomor sambungan.

## Kontak

- Pusat panggilan gangguan 24 jam: (0511) 477 2030
- WhatsApp pelayanan pelanggan: 0811-5120-3344
- Surel: pelanggan@intanbanjar.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/dumai/pbb-p2.md", {
    "title": "PBB-P2 Kota Dumai: Tarif, Jatuh Tempo dan Cara Membayar",
    "region": "Kota Dumai",
    "agency": "Badan Pendapatan Daerah Kota Dumai",
    "source": "https://bapenda.dumaikota.example.invalid/pajak-daerah/pbb-p2",
    "updated": "2026-02-02",
}, """
# PBB-P2 Kota Dumai: Tarif, Jatuh Tempo dan Cara Membayar

## Pengertian

Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) adalah pajak tahunan atas tanah dan bangunan yang dimiliki, dikuasai atau dimanfaatkan oleh orang pribadi atau badan di Kota Dumai. Besarnya tagihan diberitahukan melalui Surat Pemberitahuan Pajak Terutang (SPPT) yang dibagikan lewat kelurahan setiap bulan Maret. Setiap bidang tanah memiliki Nomor Objek Pajak (NOP) sendiri.

## Siapa Wajib Membayar

Wajib pajak adalah pemilik tanah dan bangunan, atau pihak yang menguasai dan memanfaatkannya bila pemiliknya tidak diketahui. Penyewa rumah tidak menjadi wajib pajak, kecuali perjanjian sewa menentukan lain. Tanah kosong juga dikenai PBB-P2.

## Tarif dan Cara Menghitung

| NJOP tanah dan bangunan | Tarif |
|---|---|
| sampai Rp 1 miliar | 0,1% |
| di atas Rp 1 miliar sampai Rp 5 miliar | 0,15% |
| di atas Rp 5 miliar | 0,2% |

PBB-P2 dihitung dari tarif dikalikan NJOP setelah dikurangi Nilai Jual Objek Pajak Tidak Kena Pajak (NJOPTKP). NJOPTKP Kota Dumai sebesar Rp 12.000.000, diberikan untuk satu objek per wajib pajak. Contoh: rumah dengan NJOP Rp 312.000.000 membayar (Rp 312.000.000 dikurangi Rp 12.000.000) × 0,1% = Rp 300.000 setahun.

## Jatuh Tempo dan Denda

Batas akhir pembayaran adalah 30 September setiap tahun. Pembayaran setelah tanggal itu dikenai denda 1% per bulan dari pokok pajak, paling lama 24 bulan. Wajib pajak yang melunasi PBB-P2 sampai 30 Juni mendapat potongan 10% dari pokok pajak tahun berjalan.

## Tempat dan Cara Membayar

- Teller, ATM dan mobile banking bank persepsi yang tercantum di portal e-PBB Dumai
- Kantor pos dan minimarket yang bekerja sama
- Aplikasi Dumai Bayar, dengan QRIS atau virtual account
- Loket Bapenda Kota Dumai

Simpan Surat Tanda Terima Setoran (STTS) atau bukti bayar elektronik sebagai tanda lunas.

## Cek Tagihan Secara Daring

Tagihan, tunggakan tahun-tahun sebelumnya, dan bukti lunas dapat diperiksa di portal e-PBB Dumai (https://pbb.dumaikota.example.invalid) dengan memasukkan NOP 18 digit yang tercetak di SPPT. Wajib pajak yang tidak menerima SPPT dapat mencetak salinannya sendiri dari portal tersebut.

## Objek Baru dan Balik Nama SPPT

Rumah baru, tanah yang dipecah, serta tanah yang berpindah tangan karena jual beli, hibah atau waris harus didaftarkan agar SPPT tahun berikutnya terbit atas nama pemilik baru. Lampirkan formulir SPOP dan LSPOP, KTP, sertifikat atau akta jual beli, SPPT terakhir, dan bukti lunas PBB-P2 lima tahun terakhir. Proses balik nama selesai dalam 14 hari kerja dan tidak dipungut biaya.

## Pengurangan dan Keringanan

Pengurangan sampai 50% dari pokok pajak dapat diajukan oleh:

- veteran dan perintis kemerdekaan, untuk rumah yang ditempati sendiri;
- pensiunan dan warga lanjut usia 65 tahun ke atas yang berpenghasilan rendah;
- pemilik objek yang rusak karena kebakaran, banjir atau bencana lain.

Permohonan diajukan paling lambat 3 bulan sejak SPPT diterima, dilampiri SK pensiun atau surat keterangan penghasilan dari kelurahan, dan diputuskan paling lama 2 bulan.

## Keberatan atas SPPT

Bila luas tanah, luas bangunan atau NJOP di SPPT tidak sesuai, ajukan keberatan tertulis paling lambat 3 bulan sejak SPPT diterima, disertai alasan dan bukti. Petugas dapat memeriksa langsung ke lokasi. Selama keberatan diproses, jatuh tempo pembayaran tetap berlaku.

## Kantor dan Jam Pelayanan

Kantor Bapenda Kota Dumai, Jl. Putri Tujuh No. 40, Dumai. Loket buka Senin–Kamis pukul 08.00–15.30 dan Jumat pukul 08.00–11.30. Sepanjang bulan September, loket juga buka hari Sabtu pukul 08.00–12.00.

## Tanya Jawab

### SPPT masih atas nama pemilik lama, apakah saya tetap bisa membayar?

Bisa. Pembayaran berdasarkan NOP, bukan nama; ajukan balik nama agar SPPT berikutnya atas nama Anda.

### Apakah PBB-P2 bisa dicicil?

Tagihan di atas Rp 2.000.000 dapat dicicil paling banyak 4 kali dalam tahun berjalan, dengan permohonan ke Bapenda.

### Saya kehilangan SPPT, apakah harus ke kantor?

Tidak. Cetak ulang dari portal e-PBB Dumai dengan NOP lama Anda.

## Kontak

- Layanan informasi PBB-P2: (0765) 440 615
- WhatsApp: 0852-6300-1847
- Surel: pbb@bapenda.dumaikota.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/dumai/parkir-tepi-jalan.md", {
    "title": "Parkir Tepi Jalan Umum, Parkir Berlangganan dan Penindakan Parkir di Kota Dumai",
    "region": "Kota Dumai",
    "agency": "Dinas Perhubungan Kota Dumai",
    "source": "https://dishub.dumaikota.example.invalid/layanan/parkir",
    "updated": "2026-03-12",
}, """
# Parkir di Tepi Jalan Umum Kota Dumai

## Apa yang Diatur

Pemerintah Kota Dumai memungut retribusi parkir di tepi jalan umum yang ditetapkan sebagai lokasi parkir. Pemungutan dilakukan oleh juru parkir resmi binaan Dinas Perhubungan (Dishub). Halaman ini menjelaskan tarif, lokasi, parkir berlangganan, serta denda bagi kendaraan yang parkir di tempat terlarang. Layanan ini tidak termasuk parkir di gedung, hotel dan pusat perbelanjaan swasta; tarif di sana ditentukan pengelolanya masing-masing.

## Tarif Sekali Parkir

| Jenis kendaraan | Tarif sekali parkir | Kawasan padat, setelah 2 jam |
|---|---|---|
| Sepeda motor | Rp 2.000 | tambah Rp 1.000 per jam |
| Mobil penumpang | Rp 4.000 | tambah Rp 2.000 per jam |
| Truk, bus dan mobil barang | Rp 8.000 | tambah Rp 4.000 per jam |

Sepeda dan kendaraan penyandang disabilitas tidak dipungut retribusi.

## Lokasi dan Waktu Berlaku

Tarif kawasan padat berlaku di Jl. Jenderal Sudirman, Jl. Sultan Syarif Kasim, dan kawasan pasar di pusat kota. Di lokasi parkir lain berlaku tarif sekali parkir tanpa tambahan. Retribusi dipungut setiap hari pukul 07.00–22.00; di luar jam itu tidak ada pungutan parkir resmi di tepi jalan.

## Cara Membayar dan Ciri Juru Parkir Resmi

Juru parkir resmi memakai rompi oranye bertuliskan Dishub Kota Dumai, membawa kartu pengenal berfoto, dan memberikan karcis setiap kali menerima pembayaran. Bayar tunai kepada juru parkir atau pindai kode QRIS ParkirDumai yang tercetak di karcis dan di papan lokasi. Mintalah karcis; karcis adalah bukti pembayaran yang sah.

## Parkir Berlangganan

Pemilik kendaraan dapat membeli stiker parkir berlangganan yang berlaku sampai 31 Desember:

- sepeda motor: Rp 60.000 per tahun;
- mobil penumpang: Rp 150.000 per tahun.

Stiker berlaku di semua lokasi parkir tepi jalan, tetapi tambahan tarif kawasan padat setelah 2 jam tetap dibayar. Stiker dibeli di kantor Dishub dengan membawa STNK dan KTP; satu stiker hanya untuk satu nomor polisi.

## Pelanggaran dan Denda

Kendaraan yang parkir di bawah rambu dilarang parkir, di trotoar, di depan hidran atau di jalur sepeda dapat dikenai tindakan berikut:

| Tindakan | Mobil | Sepeda motor |
|---|---|---|
| Gembok roda | Rp 150.000 | Rp 75.000 |
| Derek ke pool Dishub | Rp 400.000 | Rp 150.000 |
| Penyimpanan di pool | Rp 50.000 per hari | Rp 20.000 per hari |

Denda dibayar lewat bank dengan kode bayar yang tertera di surat tilang parkir, tidak kepada petugas di lapangan.

## Mengambil Kendaraan yang Diderek

Kendaraan yang diderek dibawa ke Pool Kendaraan Dishub di Jl. Tuanku Tambusai No. 17. Pemilik datang membawa STNK asli, KTP (atau surat kuasa bila diwakilkan), dan bukti pembayaran denda. Pool buka setiap hari pukul 08.00–20.00. Kendaraan yang tidak diambil dalam 30 hari diumumkan dan diproses sesuai peraturan daerah.

## Juru Parkir Liar dan Tarif Berlebih

Juru parkir tanpa rompi dan kartu pengenal, atau yang meminta bayaran melebihi tarif, bukan petugas resmi. Laporkan dengan foto, nama jalan dan waktu kejadian lewat WhatsApp pengaduan parkir. Pengendara tidak wajib membayar lebih dari tarif resmi.

## Kantor dan Jam Layanan

Kantor Dinas Perhubungan Kota Dumai, Jl. Datuk Laksamana No. 8, Dumai. Pelayanan stiker berlangganan dan keberatan tilang parkir buka Senin–Jumat pukul 08.00–16.00.

## Tanya Jawab

### Saya parkir hanya 10 menit, apakah tetap bayar?

Ya. Tarif dihitung sekali parkir, berapa pun lamanya sampai 2 jam.

### Apakah stiker langganan bisa dipakai untuk dua mobil?

Tidak. Satu stiker hanya berlaku untuk nomor polisi yang tercantum di stiker.

### Kenapa di halaman minimarket juga ada juru parkir?

Halaman minimarket adalah lahan milik swasta, sehingga bukan parkir tepi jalan umum. Juru parkir resmi Dishub hanya bertugas di badan jalan.

## Kontak

- WhatsApp pengaduan parkir: 0811-7600-4129
- Telepon kantor: (0765) 438 220
- Surel: parkir.dishub@dumaikota.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))

# ---------------------------------------------------------------------------------------
MD_DOCS.append(("id/dumai/bantuan-korban-bencana.md", {
    "title": "Bantuan bagi Korban Banjir, Kebakaran dan Bencana Lain di Kota Dumai",
    "region": "Kota Dumai",
    "agency": "Badan Penanggulangan Bencana Daerah Kota Dumai",
    "source": "https://bpbd.dumaikota.example.invalid/bantuan-korban-bencana",
    "updated": "2026-01-15",
}, """
# Bantuan bagi Korban Banjir, Kebakaran dan Bencana Lain

## Tentang Bantuan

Badan Penanggulangan Bencana Daerah (BPBD) Kota Dumai memberikan bantuan kepada warga yang terdampak bencana, antara lain banjir rob, banjir karena hujan lebat, kebakaran permukiman, angin puting beliung, dan kabut asap akibat kebakaran hutan dan lahan. Bantuan diberikan pada masa tanggap darurat dan pada masa pemulihan, setelah kejadian dilaporkan dan dinilai oleh petugas.

## Jenis Bantuan

| Jenis bantuan | Besaran |
|---|---|
| Paket logistik (beras, lauk, air minum, selimut, perlengkapan bayi) | sesuai jumlah jiwa, untuk 7 hari |
| Uang sewa tempat tinggal sementara | Rp 750.000 per bulan, paling lama 3 bulan |
| Stimulan perbaikan rumah rusak berat | Rp 15.000.000 |
| Stimulan perbaikan rumah rusak sedang | Rp 7.500.000 |
| Stimulan perbaikan rumah rusak ringan | Rp 2.500.000 |

Saat kabut asap, BPBD bersama Dinas Kesehatan membagikan masker dan membuka rumah singgah bebas asap bagi bayi, lansia dan penderita penyakit pernapasan.

## Siapa yang Berhak

Bantuan diberikan kepada keluarga yang bertempat tinggal di Kota Dumai dan rumah atau kebutuhan hidupnya terdampak langsung oleh bencana. Stimulan perbaikan hanya untuk rumah yang ditempati sendiri sebagai tempat tinggal utama. Satu rumah hanya menerima satu stimulan untuk satu kejadian.

## Cara Melaporkan Kejadian

Laporkan kejadian secepatnya ke Pusat Pengendalian Operasi (Pusdalops) BPBD yang siaga 24 jam, atau melalui ketua RT dan lurah setempat. Sebutkan lokasi, jenis kejadian, jumlah keluarga terdampak, dan kebutuhan yang paling mendesak. Untuk kebakaran yang sedang berlangsung, hubungi pemadam kebakaran lebih dulu.

## Berkas Pengajuan Bantuan

- Surat keterangan terdampak bencana dari lurah
- Fotokopi KTP dan Kartu Keluarga kepala keluarga
- Foto kondisi rumah sebelum dibersihkan, tampak depan dan bagian yang rusak
- Nomor rekening bank atas nama kepala keluarga, untuk uang sewa dan stimulan

Berkas dikumpulkan melalui kelurahan paling lambat 30 hari setelah kejadian.

## Penilaian dan Lama Penyaluran

Tim BPBD menilai kerusakan di lokasi dalam 3x24 jam setelah laporan diterima dan menentukan tingkat kerusakan rumah. Paket logistik dibagikan pada hari yang sama dengan penilaian. Uang sewa dan stimulan perbaikan ditransfer paling lambat 21 hari kerja setelah berkas dinyatakan lengkap dan daftar penerima ditetapkan.

## Posko dan Jam Siaga

Pusdalops BPBD di Jl. Sultan Syarif Kasim No. 62, Dumai, siaga 24 jam setiap hari. Pada musim hujan dan musim kemarau panjang, posko lapangan dibuka di kelurahan yang paling sering terdampak. Pengurusan berkas bantuan di kantor BPBD dilayani Senin–Jumat pukul 08.00–15.00.

## Yang Tidak Ditanggung

Layanan ini tidak termasuk penggantian kendaraan, barang dagangan, ternak, peralatan elektronik, maupun kerugian usaha. Bangunan yang bukan tempat tinggal, rumah yang tidak dihuni, serta bangunan yang sudah dijamin asuransi tidak mendapat stimulan perbaikan.

## Kasus Khusus

- **Penyewa atau pengontrak rumah**: menerima paket logistik dan uang sewa tempat tinggal sementara; stimulan perbaikan diberikan kepada pemilik rumah.
- **KTP atau KK ikut hilang terbakar**: cukup membawa surat keterangan dari lurah; Dinas Kependudukan dan Pencatatan Sipil mencetak ulang dokumen kependudukan korban bencana tanpa biaya.
- **Warga ber-KTP luar Dumai**: tetap menerima logistik dan tempat pengungsian, tetapi uang sewa dan stimulan hanya untuk penduduk Kota Dumai.

## Pertanyaan Umum

### Rumah saya hanya kemasukan air rob, apakah dapat bantuan?

Dapat paket logistik bila kebutuhan hidup terganggu; stimulan hanya bila dinding, lantai atau atap rusak.

### Apakah bantuan bisa diambil orang lain?

Bisa, dengan surat kuasa dari kepala keluarga dan fotokopi KTP kedua pihak.

### Bagaimana jika tingkat kerusakan yang ditetapkan tidak sesuai?

Ajukan penilaian ulang melalui lurah paling lambat 7 hari setelah hasil penilaian diumumkan.

## Kontak Darurat

- Pusdalops BPBD Kota Dumai (24 jam): (0765) 431 112
- WhatsApp laporan bencana: 0813-7211-6045
- Surel: pusdalops@bpbd.dumaikota.example.invalid

Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan.
"""))
