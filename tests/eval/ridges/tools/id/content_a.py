"""Document texts, part A: the national documents and Kota Salatiga.

Each body is a small Markdown: '# ' title, '## ' sections, '### ' FAQ questions,
'- ' bullets, '1. ' steps, '| a | b |' table rows; one paragraph per line.
make_docs.py renders it as Markdown, PDF, DOCX or HTML.
"""

import datetime as dt

END = "Dokumen evaluasi: angka, alamat dan jam layanan adalah rekaan."

DOCS_A = [
    {
        "path": "id/nasional/npwp-spt-tahunan.md",
        "fmt": "md",
        "title": "NPWP dan SPT Tahunan: Pendaftaran, Pelaporan, Batas Waktu dan Sanksi",
        "region": "Nasional",
        "agency": "Direktorat Jenderal Pajak",
        "source": "https://example.invalid/djp/npwp-dan-spt-tahunan",
        "updated": dt.date(2026, 2, 10),
        "service": "NPWP dan SPT Tahunan",
        "body": """
# NPWP dan SPT Tahunan

## Apa itu NPWP dan SPT Tahunan
Nomor Pokok Wajib Pajak (NPWP) adalah nomor identitas yang diberikan Direktorat Jenderal Pajak kepada setiap wajib pajak. Bagi orang pribadi penduduk Indonesia, NPWP menggunakan Nomor Induk Kependudukan (NIK) yang sudah diaktivasi di sistem perpajakan. Surat Pemberitahuan (SPT) Tahunan adalah laporan yang disampaikan wajib pajak sekali setahun mengenai penghasilan, harta, utang, dan pajak yang sudah dibayar pada tahun pajak sebelumnya.
Halaman ini menjelaskan cara mendaftar NPWP, cara melapor SPT Tahunan, batas waktu pelaporan, dan sanksi bila terlambat.

## Siapa yang Wajib Punya NPWP
- Orang pribadi yang menjalankan usaha atau pekerjaan bebas, berapa pun omzetnya.
- Karyawan dengan penghasilan bruto di atas Rp60.000.000 setahun.
- Badan usaha seperti PT, CV, koperasi, yayasan, dan firma.
- Instansi pemerintah yang menjadi pemotong atau pemungut pajak.
Pelajar, mahasiswa, atau ibu rumah tangga tanpa penghasilan sendiri tidak wajib mendaftar, tetapi boleh mendaftar secara sukarela, misalnya untuk keperluan pengajuan kredit.

## Persyaratan Dokumen
Untuk orang pribadi: KTP elektronik, Kartu Keluarga, alamat email aktif, dan nomor ponsel yang terdaftar atas nama sendiri. Pengusaha orang pribadi menambahkan surat keterangan usaha dari kelurahan atau Nomor Induk Berusaha (NIB). Untuk badan: akta pendirian beserta perubahannya, SK pengesahan dari Kementerian Hukum, NIK salah satu pengurus, dan surat keterangan domisili kantor.

## Langkah Pendaftaran NPWP
1. Buka portal e-Wajib di ewajib.example.invalid dan pilih menu Daftar Wajib Pajak Baru.
2. Isi data diri sesuai KTP, lalu unggah foto KTP dan swafoto sambil memegang KTP.
3. Masukkan kode verifikasi yang dikirim ke email.
4. Tunggu surat elektronik berisi NPWP dan Surat Keterangan Terdaftar (SKT).
Pendaftaran juga dapat dilakukan langsung di Kantor Pelayanan Pajak (KPP) atau Kantor Pelayanan, Penyuluhan dan Konsultasi Perpajakan (KP2KP) terdekat. Seluruh layanan pendaftaran tidak dipungut biaya.

## Waktu Proses dan Kartu Fisik
Pendaftaran daring yang datanya lengkap diproses paling lama 1 hari kerja. Pendaftaran di kantor selesai pada hari yang sama bila berkas lengkap. Kartu NPWP fisik dikirim lewat pos dalam 10 hari kerja; selama menunggu, SKT elektronik sudah sah dipakai untuk semua keperluan administrasi.

## Batas Waktu Lapor SPT Tahunan
- SPT Tahunan orang pribadi: paling lambat 15 April setelah tahun pajak berakhir.
- SPT Tahunan badan: paling lambat 31 Mei setelah tahun pajak berakhir.
- Bila batas waktu jatuh pada hari libur, pelaporan masih diterima pada hari kerja berikutnya.
Wajib pajak dapat mengajukan perpanjangan waktu penyampaian paling lama 2 bulan dengan pemberitahuan tertulis sebelum batas waktu berakhir, disertai perhitungan sementara pajak terutang.

## Lapor SPT Lewat e-Wajib
Pelaporan dilakukan di menu e-Lapor pada portal e-Wajib dengan akun yang sama seperti pendaftaran. Karyawan dengan satu pemberi kerja cukup memakai formulir 1770 SS, sedangkan pengusaha dan pekerja bebas memakai formulir 1770. Setelah SPT dikirim, bukti penerimaan elektronik (BPE) dikirim ke email dan sebaiknya disimpan. Kantor pajak juga membuka pojok pelaporan setiap Maret dan April bagi warga yang butuh pendampingan.

## Denda dan Sanksi Keterlambatan
- Terlambat lapor SPT Tahunan orang pribadi: denda Rp150.000.
- Terlambat lapor SPT Tahunan badan: denda Rp1.200.000.
- Pajak kurang bayar yang dilunasi setelah batas waktu dikenai bunga 1,2 persen per bulan, dihitung sejak batas waktu sampai tanggal pembayaran.
Denda ditagih dengan Surat Tagihan Pajak (STP) dan dapat dibayar memakai kode billing dari portal e-Wajib.

## Kantor Pelayanan dan Jam Layanan
Layanan tatap muka di KPP dan KP2KP dibuka Senin sampai Jumat pukul 08.00 - 15.30 waktu setempat. Selama Maret, pojok pelaporan SPT juga buka Sabtu pukul 08.00 - 12.00. Antrean dapat diambil lebih dulu melalui menu Ambil Antrean di portal e-Wajib.

## Hubungi Kami
Layanan informasi Halo Pajak: 1500-727 (Senin sampai Jumat, pukul 07.00 - 17.00). Email: halopajak@example.invalid. Pengaduan pelayanan dapat dikirim ke pengaduan.pajak@example.invalid dengan menyebut NPWP dan nomor tiket.

## Tanya Jawab
### Saya lupa EFIN, bagaimana?
Ajukan reset EFIN lewat Halo Pajak atau email dengan melampirkan swafoto bersama KTP. EFIN baru dikirim dalam 2 hari kerja.
### Apakah NPWP bisa dinonaktifkan?
Bisa. Wajib pajak yang penghasilannya di bawah batas atau sudah tidak berusaha dapat mengajukan status Non-Efektif (NE) melalui portal atau KPP.
### Salah isi SPT, bisa dibetulkan?
Bisa, dengan SPT Pembetulan selama belum diperiksa, paling lama 2 tahun sejak batas waktu pelaporan.

""" + END,
    },
    {
        "path": "id/nasional/paspor-biasa.html",
        "fmt": "html",
        "title": "Paspor Biasa: Permohonan Baru, Penggantian, Hilang atau Rusak, dan Biaya",
        "region": "Nasional",
        "agency": "Direktorat Jenderal Imigrasi",
        "source": "https://example.invalid/imigrasi/paspor-biasa",
        "updated": dt.date(2026, 1, 22),
        "service": "Paspor biasa (baru, ganti, hilang/rusak)",
        "body": """
# Paspor Biasa

## Tentang Paspor Biasa
Paspor biasa adalah dokumen perjalanan yang diterbitkan Direktorat Jenderal Imigrasi bagi warga negara Indonesia untuk bepergian ke luar negeri, baik untuk wisata, bekerja, belajar, maupun ibadah. Paspor biasa tersedia dalam dua jenis, yaitu paspor non-elektronik dan paspor elektronik yang memiliki cip berisi data biometrik. Keduanya berlaku 10 tahun bagi pemohon dewasa.
Halaman ini hanya membahas paspor biasa. Paspor dinas dan paspor diplomatik tidak diurus di kantor imigrasi, melainkan melalui Kementerian Luar Negeri. Visa bagi warga negara asing juga tidak dibahas di sini.

## Siapa yang Dapat Mengajukan
Setiap warga negara Indonesia yang memiliki KTP elektronik dapat mengajukan paspor di kantor imigrasi mana pun, tidak harus sesuai alamat KTP. Anak di bawah 17 tahun dapat memiliki paspor sendiri dengan didampingi salah satu orang tua. Paspor anak berlaku 5 tahun.

## Persyaratan Permohonan Baru
- KTP elektronik asli.
- Kartu Keluarga asli.
- Akta kelahiran, ijazah, atau buku nikah yang mencantumkan nama, tempat dan tanggal lahir, serta nama orang tua.
- Untuk anak: KTP kedua orang tua, paspor orang tua bila ada, dan surat pernyataan orang tua.
Semua dokumen asli dibawa saat wawancara; fotokopi tidak diperlukan karena berkas dipindai di loket.

## Penggantian karena Habis Berlaku atau Halaman Penuh
Paspor yang masa berlakunya habis atau hampir habis, atau halamannya penuh, dapat diganti dengan membawa KTP elektronik dan paspor lama. Kartu Keluarga dan akta kelahiran tidak perlu dibawa lagi bila data tidak berubah. Banyak negara mensyaratkan sisa masa berlaku paspor minimal 6 bulan, sehingga penggantian sebaiknya diajukan paling lambat 8 bulan sebelum paspor habis.

## Bila Paspor Hilang atau Rusak
Paspor yang hilang wajib dilaporkan ke kepolisian untuk mendapatkan surat keterangan kehilangan. Setelah itu pemohon datang ke kantor imigrasi dengan KTP elektronik, Kartu Keluarga, akta kelahiran, dan surat kehilangan tersebut. Petugas membuat Berita Acara Pemeriksaan (BAP) sebelum paspor pengganti diterbitkan. Paspor rusak, misalnya terkena air, sobek, atau halaman datanya tidak terbaca, juga diperiksa dengan BAP dan paspor rusaknya wajib diserahkan.
Selain biaya paspor baru, penggantian karena hilang atau rusak dikenai biaya beban sesuai tabel di bawah. Biaya beban dapat dibebaskan bila kehilangan terjadi karena bencana alam, dengan surat keterangan dari pemerintah setempat.

## Biaya Paspor
| Jenis layanan | Masa berlaku | Biaya |
| --- | --- | --- |
| Paspor biasa non-elektronik 48 halaman | 10 tahun | Rp390.000 |
| Paspor elektronik 48 halaman | 10 tahun | Rp690.000 |
| Layanan percepatan, selesai di hari yang sama | tambahan | Rp1.100.000 |
| Biaya beban paspor hilang | tambahan | Rp1.250.000 |
| Biaya beban paspor rusak | tambahan | Rp600.000 |
Pembayaran dilakukan dengan kode billing melalui bank, kantor pos, atau dompet digital paling lambat 6 jam setelah kode diterbitkan. Kode yang tidak dibayar akan batal dan jadwal kedatangan ikut terhapus.

## Lama Penyelesaian
Paspor baru dan penggantian biasa selesai dalam 4 hari kerja setelah wawancara dan foto. Paspor pengganti karena hilang atau rusak selesai paling lama 10 hari kerja setelah BAP selesai. Dengan layanan percepatan, paspor dapat diambil pada hari yang sama bila wawancara selesai sebelum pukul 12.00.

## Alur Permohonan
1. Unduh aplikasi SIAP Paspor, buat akun, lalu pilih kantor imigrasi dan tanggal kedatangan.
2. Unggah foto dokumen dan bayar kode billing.
3. Datang sesuai jadwal 30 menit lebih awal dengan membawa dokumen asli.
4. Ikuti wawancara, perekaman sidik jari, dan foto.
5. Ambil paspor sesuai tanggal pada tanda terima, atau pilih pengiriman melalui pos dengan ongkos kirim sendiri.

## Kantor Imigrasi dan Jam Layanan
Kantor imigrasi melayani permohonan paspor Senin sampai Jumat pukul 08.00 - 16.00. Pengambilan paspor dibuka pukul 13.00 - 16.00. Beberapa kantor membuka layanan pada Sabtu pertama setiap bulan pukul 08.00 - 12.00 khusus bagi pemohon yang sudah mendaftar di aplikasi. Unit Layanan Paspor di mal pelayanan publik mengikuti jam buka mal setempat.

## Layanan Daring dan Kontak
Pendaftaran antrean, pembayaran, dan pengecekan status hanya melalui aplikasi SIAP Paspor. Kami tidak memungut biaya tambahan dan tidak bekerja sama dengan calo. Pertanyaan dapat disampaikan ke Contact Center Imigrasi 1500-846 atau email paspor@example.invalid. WhatsApp informasi: 0811-1060-2026.

## Pertanyaan Umum
### Bisakah pengambilan paspor diwakilkan?
Bisa, dengan surat kuasa bermeterai, KTP asli pemohon, dan KTP penerima kuasa. Wawancara dan foto tidak bisa diwakilkan.
### Nama di KTP dan akta berbeda, bagaimana?
Pemohon perlu membawa penetapan pengadilan atau dokumen resmi yang menjelaskan perbedaan nama.
### Apakah paspor lama masih bisa dipakai setelah diganti?
Tidak. Paspor lama diberi cap pembatalan dan dikembalikan kepada pemilik sebagai arsip, termasuk visa yang masih berlaku di dalamnya.

""" + END,
    },
    {
        "path": "id/salatiga/pbb-p2.md",
        "fmt": "md",
        "title": "Pajak Bumi dan Bangunan (PBB-P2) Kota Salatiga",
        "region": "Salatiga",
        "agency": "Badan Keuangan Daerah Kota Salatiga",
        "source": "https://example.invalid/salatiga/bkd/pbb-p2",
        "updated": dt.date(2026, 3, 2),
        "service": "PBB-P2 (pajak bumi dan bangunan)",
        "body": """
# Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)

## Pengertian PBB-P2
PBB-P2 adalah pajak daerah atas tanah dan/atau bangunan yang dimiliki, dikuasai, atau dimanfaatkan oleh orang pribadi atau badan di wilayah Kota Salatiga, kecuali kawasan perkebunan, perhutanan, dan pertambangan. Pajak ini dikelola oleh Badan Keuangan Daerah Kota Salatiga dan ditagih setiap tahun melalui Surat Pemberitahuan Pajak Terutang (SPPT).

## Siapa Wajib Pajak PBB
Wajib pajak adalah pemilik tanah atau bangunan, atau pihak yang nyata-nyata memanfaatkan objek tersebut, misalnya penyewa jangka panjang. Nama yang tercantum di SPPT belum tentu pemilik sah menurut sertifikat, karena SPPT bukan bukti kepemilikan tanah.

## Tarif dan Cara Menghitung
Dasar pengenaan pajak adalah Nilai Jual Objek Pajak (NJOP) dikurangi NJOP Tidak Kena Pajak sebesar Rp12.000.000 untuk setiap wajib pajak. Tarifnya:
- NJOP sampai Rp1 miliar: 0,1 persen.
- NJOP di atas Rp1 miliar sampai Rp5 miliar: 0,15 persen.
- NJOP di atas Rp5 miliar: 0,2 persen.
Contoh: rumah dengan NJOP Rp412.000.000 dikurangi Rp12.000.000 menjadi Rp400.000.000, lalu dikali 0,1 persen, sehingga PBB terutang Rp400.000 setahun.

## Jatuh Tempo
SPPT dibagikan melalui kelurahan dan ketua RT mulai bulan Maret. Batas akhir pembayaran PBB-P2 adalah 31 Agustus setiap tahun. Pembayaran sebelum 30 Juni mendapat potongan 5 persen bagi SPPT dengan ketetapan sampai Rp1.000.000.

## Cara dan Tempat Pembayaran
PBB-P2 dapat dibayar di Bank Jateng, kantor pos, minimarket yang bekerja sama, serta melalui aplikasi SALAK (Salatiga Lunas Pajak) dengan Nomor Objek Pajak (NOP) 18 digit. Bukti bayar yang sah adalah struk atau bukti elektronik yang memuat NOP dan nama wajib pajak. Petugas kelurahan tidak berwenang menerima uang PBB secara tunai.

## Denda Keterlambatan
Pembayaran setelah 31 Agustus dikenai denda 1,5 persen per bulan dari pokok pajak, dihitung paling lama 24 bulan. Tunggakan lebih dari dua tahun ditagih dengan surat teguran dan dapat menghambat layanan lain, misalnya balik nama SPPT atau pengurusan BPHTB.

## Cek Tagihan dan Cetak Ulang SPPT
Tagihan tahun berjalan dan tunggakan tahun sebelumnya dapat dicek di aplikasi SALAK atau di laman pbb.example.invalid dengan memasukkan NOP. SPPT yang hilang dapat dicetak ulang gratis di loket BKD dengan membawa KTP dan fotokopi SPPT tahun lalu atau bukti bayar.

## Pengurangan dan Keberatan
Wajib pajak orang pribadi berpenghasilan rendah, veteran, dan pensiunan dengan satu objek rumah tinggal dapat mengajukan pengurangan paling banyak 50 persen. Permohonan diajukan paling lambat 3 bulan sejak SPPT diterima, dengan melampirkan KTP, SPPT, dan surat keterangan tidak mampu dari kelurahan atau SK pensiun. Keberatan atas luas atau NJOP yang dianggap tidak sesuai diajukan dalam jangka waktu yang sama.

## Mutasi dan Balik Nama SPPT
Setelah jual beli, hibah, atau waris, nama di SPPT dapat diubah dengan membawa KTP, sertifikat atau akta jual beli, dan bukti lunas PBB lima tahun terakhir. Pemecahan atau penggabungan objek juga dilayani di loket yang sama. Proses mutasi selesai dalam 5 hari kerja bila berkas lengkap dan tidak memerlukan pengukuran lapangan.

## Lokasi dan Jam Layanan
Loket PBB-P2 Badan Keuangan Daerah Kota Salatiga berada di Jl. Letjen Sukowati No. 51, Salatiga. Layanan dibuka Senin sampai Kamis pukul 07.30 - 15.00 dan Jumat pukul 07.30 - 11.00. Menjelang jatuh tempo, pada bulan Agustus loket juga buka hari Sabtu pukul 08.00 - 12.00.

## Kontak
Telepon: (0298) 321 745. WhatsApp layanan PBB: 0812-2615-3090. Email: pbb.salatiga@example.invalid.

## Tanya Jawab
### SPPT saya belum sampai, bagaimana cara bayarnya?
Cek tagihan dengan NOP dari SPPT tahun sebelumnya di aplikasi SALAK; pembayaran tetap bisa dilakukan walaupun lembar SPPT belum diterima.
### Apakah PBB bisa dicicil?
Angsuran dapat diajukan untuk ketetapan di atas Rp5.000.000, paling banyak 4 kali angsuran dalam tahun berjalan.

""" + END,
    },
    {
        "path": "id/salatiga/air-minum-perumda.pdf",
        "fmt": "pdf",
        "title": "Layanan Pelanggan Perumda Air Minum Kota Salatiga",
        "region": "Salatiga",
        "agency": "Perumda Air Minum Kota Salatiga",
        "source": "https://example.invalid/salatiga/perumda-air-minum/layanan-pelanggan",
        "updated": dt.date(2026, 1, 15),
        "service": "Air minum perpipaan (sambungan, tagihan, gangguan)",
        "body": """
# Layanan Pelanggan Perumda Air Minum Kota Salatiga

## Tentang Layanan
Perumda Air Minum Kota Salatiga menyediakan air bersih perpipaan bagi rumah tangga, usaha, dan instansi di seluruh kecamatan di Kota Salatiga. Sumber air utama berasal dari mata air Senjoyo dan sumur dalam yang diolah di instalasi kami sebelum dialirkan ke pelanggan.

## Pemasangan Sambungan Baru
Sambungan baru dapat diajukan oleh pemilik atau penghuni bangunan yang berada di jalur pipa distribusi. Bila lokasi belum terjangkau pipa, petugas menyampaikan hasil survei dan perkiraan biaya perluasan jaringan.

## Syarat Pendaftaran
- Fotokopi KTP pemohon dan Kartu Keluarga.
- Fotokopi SPPT PBB tahun terakhir atau surat keterangan domisili.
- Denah lokasi rumah dan nomor telepon yang bisa dihubungi.
- Untuk rumah sewa: surat izin dari pemilik bangunan.
Formulir permohonan dapat diambil di loket atau diisi di aplikasi TirtaSala. Petugas melakukan survei lokasi dalam 5 hari kerja setelah berkas diterima, dan pemasangan dilakukan paling lama 10 hari kerja setelah biaya dilunasi.

## Biaya Pasang Baru
Biaya sambungan baru rumah tangga dengan pipa 1/2 inci adalah Rp1.350.000, sudah termasuk meter air, pipa sampai 10 meter, dan pemasangan. Kelebihan panjang pipa dihitung Rp45.000 per meter. Keluarga penerima bantuan sosial dapat mengikuti program sambungan bersubsidi dengan biaya Rp350.000.

## Tarif Pemakaian Air Rumah Tangga
Tarif dihitung bertingkat per meter kubik setiap bulan:
- Pemakaian 0 sampai 10 m3: Rp3.600 per m3.
- Pemakaian 11 sampai 20 m3: Rp4.800 per m3.
- Pemakaian di atas 20 m3: Rp6.900 per m3.
Selain pemakaian, setiap rekening dikenai biaya beban tetap Rp12.000 per bulan. Pemakaian minimum dihitung 10 m3 walaupun air yang terpakai lebih sedikit.

## Pembayaran Rekening Bulanan
Rekening dapat dibayar mulai tanggal 1 sampai tanggal 20 setiap bulan di loket kantor, Bank Jateng, kantor pos, minimarket, atau aplikasi TirtaSala. Di aplikasi, pelanggan juga dapat melihat angka meter, riwayat pemakaian, dan mengirim foto meter sendiri bila petugas tidak bisa masuk rumah.

## Denda dan Pemutusan Sambungan
Pembayaran setelah tanggal 20 dikenai denda Rp15.000 per rekening. Pelanggan yang menunggak 3 bulan berturut-turut diputus sementara dan meter airnya disegel. Penyambungan kembali dikenai biaya Rp150.000 setelah seluruh tunggakan dan denda dilunasi. Bila tunggakan tidak dilunasi dalam 6 bulan, sambungan diputus permanen dan meter dibongkar.

## Gangguan, Kebocoran, dan Air Keruh
Laporan air mati, pipa bocor di jalan, atau air keruh dapat disampaikan 24 jam melalui WhatsApp Pengaduan 0811-2900-4455 atau menu Pengaduan di aplikasi TirtaSala. Kebocoran pipa dinas sebelum meter ditangani petugas tanpa biaya, paling lambat 1 x 24 jam. Kebocoran setelah meter air, di dalam rumah pelanggan, menjadi tanggung jawab pelanggan.

## Balik Nama dan Tutup Sementara
Balik nama pelanggan karena jual beli rumah dikenai biaya administrasi Rp50.000 dan memerlukan KTP pemilik baru serta bukti rekening terakhir yang sudah lunas. Pelanggan yang meninggalkan rumah dalam waktu lama dapat mengajukan penutupan sementara paling lama 12 bulan tanpa biaya beban.

## Kantor Pelayanan dan Jam Buka
Kantor pusat Perumda Air Minum Kota Salatiga berada di Jl. Adi Sucipto No. 12, Salatiga. Loket pelayanan dan pembayaran buka Senin sampai Jumat pukul 07.30 - 14.30 dan Sabtu pukul 07.30 - 11.30. Telepon kantor: (0298) 324 508. Email: pelanggan.air@example.invalid.

## Tanya Jawab
### Tagihan saya tiba-tiba naik, apa yang harus dilakukan?
Tutup semua keran lalu lihat apakah angka meter masih berputar; bila ya, kemungkinan ada kebocoran setelah meter. Bila tidak ada kebocoran, ajukan pengecekan ulang meter melalui aplikasi, dan petugas datang dalam 3 hari kerja.
### Apakah golongan tarif bisa diubah?
Bisa, bila fungsi bangunan berubah, misalnya rumah menjadi tempat usaha. Perubahan golongan diajukan di loket dengan surat pernyataan.

""" + END,
    },
    {
        "path": "id/salatiga/akta-kelahiran.md",
        "fmt": "md",
        "title": "Pengurusan Akta Kelahiran di Disdukcapil Kota Salatiga",
        "region": "Salatiga",
        "agency": "Dinas Kependudukan dan Pencatatan Sipil Kota Salatiga",
        "source": "https://example.invalid/salatiga/disdukcapil/akta-kelahiran",
        "updated": dt.date(2026, 2, 24),
        "service": "Akta kelahiran",
        "body": """
# Pengurusan Akta Kelahiran

## Tentang Akta Kelahiran
Akta kelahiran adalah dokumen pencatatan sipil yang membuktikan kelahiran seseorang dan memuat nama, tempat dan tanggal lahir, serta nama orang tua. Akta diterbitkan oleh Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Salatiga bagi penduduk yang terdaftar dalam Kartu Keluarga Kota Salatiga. Akta dibutuhkan untuk mendaftar sekolah, membuat paspor, mendaftar BPJS, dan berbagai urusan lain.

## Yang Dapat Mengajukan
Permohonan diajukan oleh ayah atau ibu kandung, atau anggota keluarga lain yang diberi kuasa. Penduduk dewasa yang belum pernah memiliki akta kelahiran juga dapat mengajukan sendiri. Layanan ini berlaku untuk kelahiran di Salatiga maupun di luar kota, selama ayah atau ibu terdaftar dalam Kartu Keluarga Salatiga.

## Dokumen Persyaratan
- Surat keterangan lahir dari rumah sakit, puskesmas, bidan, atau kelurahan.
- Kartu Keluarga yang mencantumkan nama orang tua.
- Buku nikah atau akta perkawinan orang tua.
- KTP elektronik dua orang saksi.
Bila surat keterangan lahir tidak ada, pemohon mengisi Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) kebenaran data kelahiran. Bila orang tua tidak memiliki buku nikah, dapat diganti SPTJM kebenaran sebagai pasangan suami istri, dan akta diterbitkan dengan keterangan sesuai ketentuan.

## Kelahiran di Luar Kota Salatiga
Bayi yang lahir di rumah sakit di kota lain, misalnya di Semarang atau Boyolali, tetap dicatat di Disdukcapil Kota Salatiga sesuai domisili Kartu Keluarga. Surat keterangan lahir dari rumah sakit tersebut dilampirkan seperti biasa.

## Biaya
Seluruh layanan akta kelahiran tidak dipungut biaya, termasuk penerbitan Kartu Keluarga baru yang mencantumkan nama anak dan Kartu Identitas Anak (KIA). Bila ada pihak yang meminta uang, laporkan melalui kanal pengaduan di bawah.

## Waktu Penyelesaian
Permohonan yang lengkap selesai dalam 3 hari kerja. Kelahiran di rumah sakit mitra program akta langsung jadi dapat selesai sebelum ibu dan bayi pulang. Akta untuk penduduk dewasa atau yang memerlukan verifikasi lapangan selesai paling lama 14 hari kerja.

## Cara Mengajukan Secara Daring
1. Buka laman DUKAS (Dukcapil Salatiga Online) di dukas.example.invalid atau aplikasinya di ponsel.
2. Daftar dengan NIK dan nomor ponsel, lalu pilih layanan Akta Kelahiran.
3. Unggah hasil pindai dokumen persyaratan dalam format PDF atau JPG.
4. Tunggu verifikasi; notifikasi dikirim lewat WhatsApp.
5. Unduh akta, KK baru, dan KIA dalam bentuk PDF.

## Batas Waktu Pelaporan Kelahiran
Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan setelah 60 hari tetap dilayani tanpa denda, tetapi pemohon melampirkan surat pernyataan keterlambatan yang diketahui lurah. Untuk anak yang sudah berusia di atas 1 tahun, petugas dapat meminta dokumen pendukung tambahan seperti ijazah atau buku imunisasi.

## Pencetakan dan Pengambilan Dokumen
Akta kelahiran elektronik dicetak sendiri oleh pemohon pada kertas HVS A4 80 gram dan sah karena memuat tanda tangan elektronik serta kode QR. Warga yang tidak memiliki printer dapat mencetak gratis di kantor kelurahan atau di loket Disdukcapil dengan menunjukkan notifikasi.

## Lokasi dan Jam Pelayanan
Kantor Disdukcapil Kota Salatiga, Jl. Hasanudin No. 88, Salatiga. Pelayanan tatap muka: Senin sampai Kamis pukul 08.00 - 14.30, Jumat pukul 08.00 - 11.00. Layanan daring DUKAS dapat diakses 24 jam, tetapi verifikasi hanya dilakukan pada jam kerja.

## Kontak Layanan
WhatsApp Disdukcapil: 0813-9000-1212 (khusus pesan, tidak menerima panggilan). Telepon kantor: (0298) 326 114. Email: dukcapil.salatiga@example.invalid.

## Pertanyaan yang Sering Ditanyakan
### Nama di akta salah ketik, bagaimana membetulkannya?
Ajukan pembetulan akta melalui DUKAS dengan melampirkan akta lama dan dokumen yang benar, misalnya surat keterangan lahir. Pembetulan salah ketik selesai dalam 2 hari kerja.
### Apakah akta lama yang berwarna kuning masih berlaku?
Masih berlaku. Akta lama tidak perlu diganti selama datanya benar.

""" + END,
    },
    {
        "path": "id/salatiga/sewa-kios-pasar.md",
        "fmt": "md",
        "title": "Sewa Kios, Los dan Pelataran Pasar Kota Salatiga",
        "region": "Salatiga",
        "agency": "Dinas Perdagangan Kota Salatiga",
        "source": "https://example.invalid/salatiga/dinas-perdagangan/sewa-kios-pasar",
        "updated": dt.date(2026, 3, 11),
        "service": "Sewa kios/los pasar (retribusi pasar)",
        "body": """
# Sewa Kios dan Los Pasar Milik Pemerintah Kota Salatiga

## Gambaran Layanan
Dinas Perdagangan Kota Salatiga mengelola tempat berjualan di pasar milik pemerintah kota, antara lain Pasar Raya I, Pasar Raya II, Pasar Blauran, Pasar Rejosari, dan Pasar Sapi. Pedagang dapat menempati kios (ruang tertutup berpintu), los (lapak beratap tanpa dinding), atau pelataran (tempat terbuka harian). Hak menempati diberikan melalui Surat Izin Penempatan (SIP), bukan hak milik.

## Siapa yang Boleh Mengajukan
Warga negara Indonesia berusia minimal 18 tahun yang tidak sedang menempati tempat lain di pasar yang sama. Prioritas diberikan kepada pedagang lama yang terdampak revitalisasi pasar dan warga ber-KTP Salatiga. Satu orang atau satu keluarga paling banyak menempati dua kios di pasar yang sama. Pedagang dari luar kota tetap boleh mengajukan bila tempat yang diminati masih kosong setelah masa pengumuman 14 hari.

## Berkas yang Diperlukan
- Fotokopi KTP dan Kartu Keluarga.
- Pas foto berwarna ukuran 3x4 sebanyak dua lembar.
- Surat pernyataan jenis dagangan.
- Nomor Induk Berusaha (NIB) untuk usaha mikro, yang dapat dibuat gratis.
Berkas diserahkan ke kantor pengelola pasar tempat kios yang diinginkan.

## Tarif Retribusi
Retribusi pemakaian tempat dihitung sebagai berikut:
- Kios: Rp32.000 per meter persegi per bulan.
- Los: Rp18.500 per meter persegi per bulan.
- Pelataran: Rp3.000 per hari untuk lapak paling luas 2 meter persegi.
Listrik kios dibayar sendiri melalui meter prabayar masing-masing, sedangkan kebersihan dan keamanan sudah termasuk dalam retribusi.

## Pembayaran Retribusi
Retribusi kios dan los dibayar paling lambat tanggal 10 setiap bulan melalui QRIS yang tertera pada kartu SIP, Bank Jateng, atau aplikasi PASARKU Salatiga. Retribusi pelataran ditarik harian oleh petugas dengan karcis resmi bernomor seri. Mintalah karcis setiap kali membayar. Pedagang yang membayar retribusi kios untuk 12 bulan sekaligus pada bulan Januari mendapat potongan 10 persen.

## Masa Berlaku dan Perpanjangan SIP
SIP berlaku 3 tahun dan dapat diperpanjang. Permohonan perpanjangan diajukan paling lambat 30 hari sebelum masa berlaku habis dengan membawa SIP lama dan bukti lunas retribusi. SIP yang tidak diperpanjang dianggap berakhir, dan tempatnya dapat ditawarkan kepada pedagang lain.

## Kewajiban dan Larangan Pedagang
Pedagang wajib menjaga kebersihan, membuka kios paling sedikit 20 hari dalam sebulan, dan tidak mengubah bentuk bangunan tanpa izin. Pedagang dilarang menjual barang terlarang, menaruh barang di lorong, dan menyewakan kembali kios kepada pihak lain.

## Sanksi dan Denda
Keterlambatan pembayaran retribusi dikenai denda 2 persen per bulan. Kios yang dibiarkan tutup 3 bulan berturut-turut tanpa alasan yang sah diberi teguran tertulis dan SIP-nya dapat dicabut. Pelanggaran larangan menyewakan kembali kios langsung dikenai pencabutan SIP.

## Pengalihan Hak Penempatan
SIP tidak dapat dijual atau dialihkan. Pengalihan hanya dapat dilakukan kepada suami, istri, atau anak bila pemegang SIP meninggal dunia atau sakit permanen, dengan surat keterangan ahli waris dari kelurahan. Pertukaran atau pindah lokasi kios di dalam pasar yang sama dapat diajukan kepada kepala pasar dan hanya disetujui bila kedua pedagang sudah lunas retribusi.

## Kantor Pengelola dan Jam Layanan
Kantor UPT Pengelolaan Pasar berada di Kompleks Pasar Raya II lantai 2, Jl. Jenderal Sudirman, Salatiga. Buka Senin sampai Sabtu pukul 07.00 - 14.00. Pengaduan di luar jam kantor dapat disampaikan kepada petugas jaga pasar.

## Hubungi Kami dan Tanya Jawab
Telepon: (0298) 322 650. WhatsApp pengaduan pasar: 0857-2700-8181. Email: pasar.salatiga@example.invalid.
### Apakah ada kios kosong saat ini?
Daftar kios dan los kosong diumumkan setiap awal bulan di papan informasi pasar dan di aplikasi PASARKU Salatiga.
### Berapa lama pengajuan SIP baru diproses?
SIP baru diterbitkan paling lama 7 hari kerja setelah berkas lengkap dan survei lokasi selesai.

""" + END,
    },
]
