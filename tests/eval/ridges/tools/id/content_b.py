"""Document texts, part B: Kota Madiun and Kota Tanjungpinang (same small Markdown as part A)."""

import datetime as dt

from content_a import END

DOCS_B = [
    {
        "path": "id/madiun/retribusi-sampah.docx",
        "fmt": "docx",
        "title": "Layanan Pengangkutan dan Retribusi Sampah Kota Madiun",
        "region": "Madiun",
        "agency": "Dinas Lingkungan Hidup Kota Madiun",
        "source": "https://example.invalid/madiun/dlh/pengangkutan-sampah",
        "updated": dt.date(2026, 2, 3),
        "service": "Pengangkutan sampah dan retribusinya",
        "body": """
# Layanan Pengangkutan Sampah Kota Madiun

## Tentang Layanan
Dinas Lingkungan Hidup Kota Madiun mengangkut sampah rumah tangga dan sampah sejenis dari permukiman, pertokoan, dan perkantoran ke Tempat Pemrosesan Akhir (TPA) Winongo. Pengangkutan dilakukan dari Tempat Penampungan Sementara (TPS) atau langsung dari depan rumah pada jalur yang dilalui armada. Layanan penyedotan tinja dan limbah cair tidak termasuk dalam layanan ini.

## Jadwal dan Wilayah Pengangkutan
Sampah dari TPS di tiga kecamatan, yaitu Kartoharjo, Manguharjo, dan Taman, diangkut setiap hari pukul 05.00 - 09.00. Pengangkutan dari depan rumah di jalur armada dilakukan dua kali seminggu sesuai jadwal kelurahan masing-masing. Sampah dikeluarkan paling cepat pukul 18.00 pada malam sebelum jadwal angkut dan dimasukkan ke kantong tertutup. Pada hari raya, jadwal pengangkutan diumumkan tersendiri melalui aplikasi RESIK Madiun.

## Golongan Pelanggan
Pelanggan dibagi menurut jenis bangunan dan daya listrik terpasang. Rumah tinggal yang juga dipakai untuk usaha dikenai tarif usaha sesuai jenis usahanya. Fasilitas sosial seperti tempat ibadah dan panti asuhan dibebaskan dari retribusi dengan surat permohonan.

## Tarif Retribusi Sampah
| Golongan | Tarif per bulan |
| --- | --- |
| Rumah tinggal, daya listrik sampai 900 VA | Rp7.500 |
| Rumah tinggal, daya listrik di atas 900 VA | Rp15.000 |
| Toko, kios, dan warung | Rp25.000 |
| Rumah makan dan kafe | Rp60.000 |
| Kantor swasta dan bank | Rp75.000 |
| Hotel dan penginapan | Rp250.000 |
Tarif rumah tinggal sudah termasuk pengangkutan dari TPS. Usaha yang menghasilkan lebih dari 1 m3 sampah per hari membuat perjanjian khusus dengan tarif Rp45.000 per m3.

## Mendaftar sebagai Pelanggan
Warga baru atau pemilik usaha mendaftar di kantor DLH atau melalui aplikasi RESIK Madiun dengan mengisi formulir, melampirkan fotokopi KTP, dan foto rekening listrik terakhir. Nomor pelanggan diterbitkan dalam 3 hari kerja.

## Cara Membayar
Retribusi rumah tinggal umumnya ditagih bersama rekening air Perumda Air Minum Tirta Taman Sari setiap bulan. Warga yang bukan pelanggan air membayar melalui kelurahan, QRIS di aplikasi RESIK Madiun, atau loket DLH paling lambat tanggal 15 setiap bulan. Keterlambatan tidak dikenai denda, tetapi tunggakan lebih dari 6 bulan dapat membuat pengangkutan dari depan rumah dihentikan sementara.

## Pilah Sampah dan Bank Sampah
Warga dianjurkan memilah sampah organik, sampah anorganik, dan sampah bahan berbahaya. Sampah anorganik bernilai jual dapat disetor ke bank sampah kelurahan dan dicatat sebagai tabungan. Rumah tangga yang aktif menabung di bank sampah paling sedikit 6 bulan mendapat potongan retribusi 50 persen.

## Sampah Besar dan Sampah Taman
Sampah berukuran besar seperti kasur, sofa, lemari, atau potongan pohon tidak diangkut dengan jadwal rutin. Warga mengajukan permintaan angkut khusus melalui aplikasi atau telepon dengan biaya Rp50.000 per rit untuk mobil bak terbuka. Pengangkutan dijadwalkan paling lama 5 hari kerja setelah permintaan diterima.

## Larangan dan Sanksi
Dilarang membuang sampah di sungai, saluran air, lahan kosong, atau di luar jadwal yang ditentukan. Pelanggar dapat dikenai denda administratif sampai Rp500.000 dan sanksi kerja sosial. Pembakaran sampah di pekarangan juga dilarang karena mencemari udara.

## Kantor dan Jam Pelayanan
Kantor Dinas Lingkungan Hidup Kota Madiun, Jl. Salak No. 27, Madiun. Pelayanan Senin sampai Jumat pukul 07.30 - 15.30. Pengaduan sampah tidak terangkut: telepon (0351) 462 118 atau WhatsApp 0821-3100-7070, setiap hari pukul 06.00 - 20.00. Email: dlh.madiun@example.invalid.

## Pertanyaan Umum
### Sampah di TPS dekat rumah belum diangkut, lapor ke mana?
Kirim foto dan lokasi TPS ke WhatsApp pengaduan. Petugas menindaklanjuti paling lambat hari berikutnya.
### Saya pindah rumah, apakah langganan ikut pindah?
Tidak otomatis. Ajukan penutupan di alamat lama dan pendaftaran di alamat baru agar tidak ditagih ganda.

""" + END,
    },
    {
        "path": "id/madiun/pbg-bangunan.md",
        "fmt": "md",
        "title": "Persetujuan Bangunan Gedung (PBG) Kota Madiun",
        "region": "Madiun",
        "agency": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Madiun",
        "source": "https://example.invalid/madiun/dpmptsp/pbg",
        "updated": dt.date(2026, 3, 5),
        "service": "PBG (izin bangunan, pengganti IMB)",
        "body": """
# Persetujuan Bangunan Gedung (PBG)

## Apa Itu PBG
Persetujuan Bangunan Gedung (PBG) adalah persetujuan pemerintah kota kepada pemilik bangunan untuk membangun baru, mengubah, memperluas, mengurangi, atau merawat bangunan gedung sesuai standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Di Kota Madiun, permohonan PBG diterima oleh Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP), sedangkan pemeriksaan teknis dilakukan oleh Dinas Pekerjaan Umum dan Penataan Ruang.

## Bangunan yang Memerlukan PBG
Semua bangunan gedung memerlukan PBG, termasuk rumah tinggal, ruko, gudang, tempat ibadah, dan bangunan usaha. Renovasi yang mengubah struktur, menambah lantai, atau menambah luas lantai juga memerlukan PBG. Pengecatan, penggantian genteng, dan perbaikan ringan tanpa mengubah struktur tidak memerlukan PBG.

## Dokumen yang Harus Disiapkan
- KTP pemilik dan NPWP bila ada.
- Sertifikat tanah atau bukti kepemilikan lain; bila tanah milik orang lain, surat perjanjian pemanfaatan tanah.
- Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR) atau keterangan rencana kota.
- Gambar arsitektur, struktur, dan utilitas. Rumah tinggal satu lantai sampai 100 m2 dapat memakai desain prototipe gratis dari dinas.
- Foto lokasi dan bukti lunas PBB tahun berjalan.

## Alur Pengajuan
1. Buat akun dan isi permohonan di portal SIBANGUN Madiun (sibangun.example.invalid).
2. Unggah dokumen dan gambar rencana.
3. Ikuti konsultasi teknis bersama Tim Penilai Teknis.
4. Bayar retribusi sesuai Surat Ketetapan Retribusi Daerah (SKRD).
5. Unduh PBG yang telah ditandatangani secara elektronik.

## Besaran Retribusi PBG
| Jenis bangunan | Satuan | Tarif |
| --- | --- | --- |
| Rumah tinggal sampai 100 m2 | per m2 luas lantai | Rp10.000 |
| Rumah tinggal di atas 100 m2 | per m2 luas lantai | Rp14.000 |
| Ruko dan bangunan usaha | per m2 luas lantai | Rp22.000 |
| Gudang dan bangunan industri | per m2 luas lantai | Rp18.000 |
| Pagar | per meter lari | Rp35.000 |
| Menara telekomunikasi | per unit | Rp15.000.000 |

Rumah tinggal masyarakat berpenghasilan rendah dengan luas sampai 36 m2 dibebaskan dari retribusi dengan surat keterangan dari kelurahan.

## Lama Proses
Rumah tinggal sederhana selesai paling lama 21 hari kerja sejak dokumen dinyatakan lengkap. Bangunan usaha dan bangunan lain yang memerlukan kajian struktur selesai paling lama 35 hari kerja. Waktu yang dipakai pemohon untuk memperbaiki gambar tidak dihitung.

## Sertifikat Laik Fungsi (SLF)
Setelah selesai dibangun, bangunan usaha, bangunan umum, dan rumah tinggal dua lantai atau lebih wajib memiliki Sertifikat Laik Fungsi sebelum digunakan. SLF berlaku 5 tahun untuk bangunan umum dan 20 tahun untuk rumah tinggal, dan diajukan melalui portal yang sama.

## Membangun Tanpa PBG
Bangunan yang didirikan tanpa PBG diberi peringatan tertulis sebanyak 3 kali dengan jarak 7 hari kalender. Bila tidak ditindaklanjuti, kegiatan pembangunan dihentikan dan lokasi disegel. Pemilik tetap dapat mengurus PBG untuk bangunan yang sudah berdiri, dengan denda administratif 2 persen dari nilai bangunan.

## Konsultasi Gratis
Sebelum mengajukan, warga dapat berkonsultasi gratis tentang garis sempadan, koefisien dasar bangunan, dan gambar rencana di meja konsultasi DPMPTSP setiap Selasa dan Kamis pukul 09.00 - 12.00, atau melalui panggilan video dengan janji temu di portal.

## Lokasi Pelayanan
Mal Pelayanan Publik Kota Madiun, Jl. Pahlawan No. 37, Madiun, loket 5 dan 6. Jam layanan: Senin sampai Kamis pukul 08.00 - 15.00, Jumat pukul 08.00 - 11.30.

## Kontak
Telepon DPMPTSP: (0351) 455 230. WhatsApp konsultasi PBG: 0822-3300-5151. Email: pbg.madiun@example.invalid.

## FAQ
### Apakah PBG bisa diurus oleh kontraktor?
Bisa, dengan surat kuasa dari pemilik bangunan.
### Saya membeli rumah yang belum punya IMB, bagaimana?
Ajukan PBG untuk bangunan yang sudah berdiri dengan melampirkan gambar kondisi terbangun dari konsultan atau tenaga ahli.

""" + END,
    },
    {
        "path": "id/madiun/parkir.html",
        "fmt": "html",
        "title": "Layanan Parkir Tepi Jalan dan Parkir Berlangganan Kota Madiun",
        "region": "Madiun",
        "agency": "Dinas Perhubungan Kota Madiun",
        "source": "https://example.invalid/madiun/dishub/parkir",
        "updated": dt.date(2026, 1, 30),
        "service": "Parkir tepi jalan, parkir berlangganan, derek",
        "body": """
# Layanan Parkir Kota Madiun

## Parkir di Tepi Jalan Umum
Dinas Perhubungan Kota Madiun mengelola parkir di tepi jalan umum pada ruas yang telah ditetapkan, antara lain Jalan Pahlawan, Jalan Agus Salim, dan kawasan Pasar Besar Madiun. Setiap titik parkir resmi ditandai rambu parkir dan dijaga juru parkir yang memakai rompi serta kartu tanda pengenal dari Dinas Perhubungan.

## Tarif Sekali Parkir
- Sepeda: Rp1.000.
- Sepeda motor: Rp2.000.
- Mobil penumpang dan pikap: Rp4.000.
- Truk dan bus: Rp8.000.
Di kawasan parkir khusus pada malam hari pukul 18.00 sampai 24.00, tarif mobil menjadi Rp5.000. Tarif berlaku untuk sekali parkir tanpa batas jam pada hari yang sama di titik yang sama.

## Parkir Berlangganan
Kendaraan berpelat AE dengan alamat pemilik di Kota Madiun dapat mengikuti parkir berlangganan. Dengan stiker berlangganan, kendaraan tidak membayar lagi di titik parkir tepi jalan umum selama masa berlaku. Biayanya Rp30.000 per tahun untuk sepeda motor dan Rp60.000 per tahun untuk mobil. Parkir berlangganan tidak berlaku di gedung parkir, pusat perbelanjaan, dan parkir khusus acara.

## Cara Mendaftar Parkir Berlangganan
Pendaftaran dilakukan bersamaan dengan pembayaran pajak kendaraan tahunan di Samsat Kota Madiun, atau sendiri di kantor Dinas Perhubungan dengan membawa STNK asli dan KTP. Stiker dipasang di pelat nomor belakang atau kaca depan dan berlaku sampai tanggal pajak kendaraan berikutnya.

## Karcis dan Juru Parkir Resmi
Juru parkir wajib memberikan karcis resmi setiap kali menerima pembayaran. Karcis memuat nomor seri dan kode QR yang bisa dipindai untuk memastikan keasliannya. Bila juru parkir meminta tarif lebih tinggi, tidak memberi karcis, atau tidak berseragam, warga dapat menolak membayar dan melapor. Laporan yang disertai foto karcis atau juru parkir ditindaklanjuti paling lama 3 hari kerja, dan juru parkir yang terbukti melanggar dapat dicabut kartu tanda pengenalnya.

## Kawasan Larangan Parkir
Parkir dilarang di depan pintu masuk sekolah, rumah sakit, dan pos pemadam kebakaran, di trotoar, di jalur sepeda, serta di tempat yang ditandai rambu larangan parkir atau marka kuning. Larangan berlaku 24 jam kecuali disebutkan lain pada rambu.

## Penindakan: Gembok Roda dan Derek
Kendaraan yang parkir di kawasan larangan dapat digembok rodanya atau diderek ke Depo Kendaraan Dinas Perhubungan di Jl. Sumber Karya No. 14. Pemilik membayar biaya buka gembok Rp150.000 atau biaya derek Rp300.000, ditambah biaya penyimpanan Rp25.000 per hari untuk kendaraan yang diderek.

## Mengambil Kendaraan yang Diderek
Kendaraan dapat diambil di depo setiap hari pukul 07.00 sampai 21.00 dengan membawa STNK asli, KTP pemilik atau surat kuasa, dan bukti pembayaran. Kendaraan yang tidak diambil dalam 30 hari diproses sesuai ketentuan barang tidak bertuan.

## Izin Parkir untuk Acara
Penyelenggara hajatan, pentas, atau kegiatan yang memakai badan jalan sebagai tempat parkir wajib mengajukan izin paling lambat 7 hari kerja sebelum acara. Izin diajukan melalui aplikasi JALUR Madiun dengan melampirkan surat rekomendasi RT/RW, dan tidak dipungut biaya untuk acara warga. Acara komersial seperti konser atau bazar dikenai retribusi parkir khusus sesuai perkiraan jumlah kendaraan.

## Kantor dan Jam Pelayanan
Kantor Dinas Perhubungan Kota Madiun, Jl. Cokroaminoto No. 61, Madiun. Pelayanan Senin sampai Jumat pukul 07.30 - 15.30. Depo kendaraan buka setiap hari, termasuk hari libur.

## Pengaduan dan Pertanyaan
Pengaduan juru parkir liar atau pungutan berlebih dapat dikirim ke WhatsApp 0812-3300-6161 dengan foto dan lokasi. Telepon kantor: (0351) 463 905. Email: parkir.madiun@example.invalid.
### Stiker berlangganan saya hilang, bagaimana?
Ajukan penggantian di kantor Dinas Perhubungan dengan membawa STNK. Penggantian stiker dikenai biaya Rp10.000.
### Apakah kendaraan dari luar kota wajib berlangganan?
Tidak. Kendaraan dari luar kota membayar tarif sekali parkir biasa.

""" + END,
    },
    {
        "path": "id/tanjungpinang/bantuan-bencana-bpbd.md",
        "fmt": "md",
        "title": "Laporan Kejadian dan Bantuan Korban Banjir serta Bencana Kota Tanjungpinang",
        "region": "Tanjungpinang",
        "agency": "Badan Penanggulangan Bencana Daerah Kota Tanjungpinang",
        "source": "https://example.invalid/tanjungpinang/bpbd/bantuan-bencana",
        "updated": dt.date(2026, 1, 8),
        "service": "Bantuan banjir dan bencana (logistik, rumah rusak)",
        "body": """
# Bantuan Bencana dan Banjir

## Tentang Layanan
Badan Penanggulangan Bencana Daerah (BPBD) Kota Tanjungpinang menangani kejadian bencana di empat kecamatan, yaitu Tanjungpinang Kota, Tanjungpinang Barat, Tanjungpinang Timur, dan Bukit Bestari. Layanan meliputi penerimaan laporan kejadian, evakuasi, bantuan logistik darurat, dan bantuan perbaikan rumah yang rusak akibat bencana.

## Jenis Kejadian yang Ditangani
- Banjir dan genangan air yang masuk ke rumah.
- Angin kencang dan pohon tumbang, terutama saat musim angin utara.
- Tanah longsor dan abrasi pantai.
- Kebakaran permukiman, bersama Dinas Pemadam Kebakaran.
Kerusakan jalan, saluran tersumbat tanpa banjir, dan pemangkasan pohon rutin bukan kewenangan BPBD dan diteruskan ke dinas terkait.

## Melaporkan Kejadian
Laporan kejadian dapat disampaikan 24 jam melalui Pusdalops BPBD di nomor (0771) 441 900, WhatsApp 0812-7000-1190, atau panggilan darurat 112. Tim Reaksi Cepat (TRC) diberangkatkan ke lokasi paling lama 30 menit setelah laporan diterima untuk kejadian yang mengancam jiwa. Sebutkan nama pelapor, lokasi lengkap, jenis kejadian, dan perkiraan jumlah warga terdampak. Laporan dengan foto juga bisa dikirim melalui aplikasi SIGAP Pinang.

## Bantuan Logistik Darurat
Warga terdampak yang mengungsi atau rumahnya tidak dapat ditempati mendapat bantuan makanan siap saji, air minum, selimut, tikar, perlengkapan bayi, dan paket kebersihan. Bantuan logistik disalurkan paling lama 1 x 24 jam setelah kejadian tercatat, melalui ketua RT atau posko.

## Bantuan Perbaikan Rumah
Pemerintah Kota Tanjungpinang memberikan bantuan stimulan perbaikan rumah bagi rumah tinggal yang rusak akibat bencana:
- Rusak berat: Rp15.000.000.
- Rusak sedang: Rp7.500.000.
- Rusak ringan: Rp2.500.000.
Bantuan diberikan satu kali untuk setiap kejadian dan disalurkan langsung ke rekening pemilik rumah. Rumah yang rusak karena kelalaian sendiri, seperti korsleting akibat instalasi listrik liar, tidak termasuk.

## Syarat Pengajuan Bantuan Rumah
Pemilik rumah mengajukan permohonan paling lambat 14 hari sejak kejadian dengan melampirkan:
- fotokopi KTP dan Kartu Keluarga dengan alamat di Tanjungpinang;
- surat keterangan kejadian dari lurah;
- foto kerusakan dari tiga sisi;
- fotokopi buku tabungan atas nama pemilik rumah.

## Verifikasi dan Penyaluran
Tim BPBD bersama kelurahan melakukan pengecekan lapangan dalam 7 hari kerja setelah berkas diterima untuk menentukan tingkat kerusakan. Hasil verifikasi diumumkan melalui kelurahan, dan dana disalurkan paling lama 30 hari kerja setelah penetapan penerima. Warga yang tidak setuju dengan tingkat kerusakan yang ditetapkan dapat meminta pengecekan ulang satu kali, paling lambat 5 hari setelah pengumuman.

## Posko dan Titik Kumpul Evakuasi
Saat banjir besar, posko pengungsian dibuka di gedung sekolah dan balai kelurahan terdekat. Titik kumpul utama adalah Lapangan Pamedan, Gedung Serbaguna Kecamatan Bukit Bestari, dan halaman Masjid Raya Al-Hikmah. Informasi posko yang aktif diumumkan di aplikasi SIGAP Pinang dan radio lokal.

## Siaga Musim Hujan
Warga di kawasan rawan banjir dianjurkan menyimpan dokumen penting dalam plastik kedap air, menyiapkan tas siaga berisi obat dan senter, serta membersihkan saluran di sekitar rumah. Kelurahan dapat meminta sosialisasi kesiapsiagaan gratis dari BPBD dengan surat permohonan. BPBD juga mengirim peringatan dini cuaca ekstrem dan pasang air laut tinggi melalui aplikasi SIGAP Pinang dan grup WhatsApp ketua RT, sehingga warga pesisir dan bantaran sungai dapat bersiap lebih awal.

## Kantor BPBD
Kantor BPBD Kota Tanjungpinang, Jl. Ganet No. 9, Tanjungpinang. Administrasi buka Senin sampai Jumat pukul 08.00 - 16.00, sedangkan Pusdalops siaga 24 jam setiap hari. Email: bpbd.tanjungpinang@example.invalid.

## Tanya Jawab
### Rumah yang saya sewa kebanjiran, siapa yang menerima bantuan?
Bantuan perbaikan rumah diberikan kepada pemilik rumah. Penyewa yang terdampak tetap berhak mendapat bantuan logistik darurat.
### Apakah perabot yang rusak juga diganti?
Tidak. Bantuan stimulan hanya untuk perbaikan bangunan rumah, bukan perabot atau kendaraan.

""" + END,
    },
    {
        "path": "id/tanjungpinang/pindah-domisili.md",
        "fmt": "md",
        "title": "Pindah Domisili (Pindah Datang dan Pindah Keluar) Kota Tanjungpinang",
        "region": "Tanjungpinang",
        "agency": "Dinas Kependudukan dan Pencatatan Sipil Kota Tanjungpinang",
        "source": "https://example.invalid/tanjungpinang/disdukcapil/pindah-domisili",
        "updated": dt.date(2026, 2, 17),
        "service": "Pindah domisili (SKPWNI, pindah datang)",
        "body": """
# Layanan Pindah Domisili

## Penjelasan Layanan
Layanan pindah domisili mencatat perubahan alamat penduduk, baik pindah keluar dari Kota Tanjungpinang, pindah datang dari daerah lain, maupun pindah antar-kelurahan di dalam kota. Layanan ini diselenggarakan oleh Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Tanjungpinang. Setelah pindah, penduduk mendapat Kartu Keluarga dan KTP elektronik dengan alamat baru. Kepindahan sebaiknya dilaporkan paling lambat 30 hari setelah menempati alamat baru agar layanan sekolah, kesehatan, dan bantuan sosial tidak terhambat.

## Jenis Perpindahan
- Pindah dalam kota: antar-RT, antar-kelurahan, atau antar-kecamatan di Tanjungpinang.
- Pindah keluar: dari Tanjungpinang ke kabupaten atau kota lain, misalnya ke Batam atau Bintan.
- Pindah datang: dari daerah lain ke Tanjungpinang.
Perpindahan ke luar negeri dilayani terpisah dan tidak dibahas di halaman ini.

## Syarat Pindah Keluar
- Kartu Keluarga asli.
- KTP elektronik anggota keluarga yang pindah.
- Formulir permohonan pindah yang diisi di loket atau aplikasi.
- Surat kuasa bila diurus oleh orang lain.
Surat pengantar RT/RW tidak lagi diwajibkan.

## Syarat Pindah Datang
- Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) dari daerah asal.
- KTP elektronik dari daerah asal.
- Kartu Keluarga tempat menumpang bila akan bergabung ke KK orang lain, beserta surat persetujuan kepala keluarga.
Pendatang yang tinggal di rumah kos atau kontrakan, misalnya mahasiswa atau pekerja kontrak, dapat didaftarkan di alamat tersebut dengan surat keterangan dari pemilik rumah.

## Masa Berlaku Surat Pindah
SKPWNI berlaku 90 hari sejak diterbitkan. Bila masa itu lewat sebelum dilaporkan di daerah tujuan, pemohon harus mengurus ulang surat pindah di daerah asal. Selama SKPWNI belum dilaporkan di tempat tujuan, KTP lama sudah tidak aktif untuk layanan perbankan dan BPJS.

## Biaya Layanan
Semua layanan pindah domisili, termasuk penerbitan KK dan KTP elektronik baru, gratis dan tidak dipungut biaya apa pun. Petugas tidak menerima titipan uang dalam bentuk apa pun. Bila diminta membayar, laporkan melalui kanal pengaduan Disdukcapil dengan menyebut nama petugas dan waktu kejadian.

## Waktu Penyelesaian
SKPWNI untuk pindah keluar selesai dalam 1 hari kerja. Pindah datang selesai dalam 3 hari kerja, termasuk KK baru. KTP elektronik dengan alamat baru dicetak paling lama 2 hari kerja setelah KK baru terbit, selama blangko tersedia. Status permohonan dapat dipantau dengan nomor registrasi yang tercantum pada tanda terima.

## Mengurus Lewat Aplikasi PIDO
Permohonan dapat diajukan tanpa datang ke kantor melalui aplikasi PIDO (Pinang Dukcapil Online) atau laman pido.example.invalid. Unggah foto KK, KTP, dan dokumen pendukung, lalu pantau status di menu Riwayat. SKPWNI dan KK dikirim dalam bentuk PDF untuk dicetak sendiri, sedangkan KTP elektronik diambil di kantor Disdukcapil atau kantor kecamatan yang dipilih.

## Pindah Antar-Kelurahan dalam Kota
Untuk pindah di dalam Tanjungpinang tidak diperlukan SKPWNI. Cukup bawa KK dan KTP ke kantor kecamatan tujuan atau ajukan lewat PIDO. Perubahan KK selesai di hari yang sama bila diajukan sebelum pukul 12.00.

## Lokasi dan Jam Pelayanan
Kantor Disdukcapil Kota Tanjungpinang, Jl. Raja Haji Fisabilillah No. 24, Tanjungpinang. Senin sampai Kamis pukul 08.00 - 15.00, Jumat pukul 08.00 - 11.30. Gerai layanan di Mal Pelayanan Publik juga melayani pindah domisili setiap Sabtu pukul 09.00 - 13.00.

## Kontak dan Pertanyaan
WhatsApp layanan: 0813-6400-2424. Telepon: (0771) 315 660. Email: dukcapil.tanjungpinang@example.invalid.
### Apakah anak yang ikut pindah harus diurus terpisah?
Tidak. Anggota keluarga yang ikut pindah cukup dicantumkan dalam satu permohonan.
### Saya pindah karena tugas, apakah NIK berubah?
Tidak. NIK tetap sama seumur hidup; yang berubah hanya nomor KK dan alamat.

""" + END,
    },
    {
        "path": "id/tanjungpinang/izin-pajak-reklame.md",
        "fmt": "md",
        "title": "Izin Penyelenggaraan dan Pajak Reklame Kota Tanjungpinang",
        "region": "Tanjungpinang",
        "agency": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Tanjungpinang",
        "source": "https://example.invalid/tanjungpinang/dpmptsp/izin-reklame",
        "updated": dt.date(2026, 3, 18),
        "service": "Izin dan pajak reklame",
        "body": """
# Izin dan Pajak Reklame

## Tentang Izin Reklame
Setiap pemasangan reklame di Kota Tanjungpinang, baik papan nama usaha, billboard, spanduk, baliho, maupun layar LED, memerlukan izin penyelenggaraan reklame dari Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Tanjungpinang. Selain izin, penyelenggara membayar pajak reklame yang ditetapkan Badan Pendapatan Daerah Kota Tanjungpinang.

## Reklame yang Dibebaskan
- Papan nama usaha yang menempel di bangunan tempat usaha dengan luas tidak lebih dari 1 m2.
- Reklame kegiatan keagamaan, sosial, dan kegiatan pemerintah yang tidak bersifat komersial.
- Label dan merek yang melekat pada barang dagangan.
Walaupun dibebaskan dari pajak, reklame tersebut tetap harus mematuhi ketentuan lokasi dan keselamatan.

## Persyaratan Izin
- KTP penanggung jawab dan NIB perusahaan atau usaha.
- Desain reklame berwarna beserta ukurannya.
- Foto lokasi dan titik koordinat pemasangan.
- Surat izin pemilik lahan atau bangunan bila bukan milik sendiri.
- Gambar konstruksi dan perhitungan struktur untuk reklame dengan tinggi di atas 5 meter.

## Tarif Pajak Reklame
| Jenis reklame | Satuan | Tarif |
| --- | --- | --- |
| Papan atau billboard | per m2 per tahun | Rp180.000 |
| Videotron atau layar LED | per m2 per tahun | Rp650.000 |
| Baliho | per m2 per bulan | Rp40.000 |
| Spanduk | per lembar per minggu | Rp25.000 |
| Umbul-umbul | per buah per minggu | Rp7.500 |
| Reklame pada kendaraan | per kendaraan per tahun | Rp300.000 |

Reklame rokok dan minuman beralkohol tidak diizinkan di seluruh wilayah kota.

## Lokasi yang Dilarang
Reklame tidak boleh dipasang di pohon, tiang listrik, tiang lampu jalan, rambu lalu lintas, dan jembatan, serta dalam jarak 50 meter dari persimpangan berlampu lalu lintas. Di kawasan tepi laut Gurindam 12 hanya reklame milik pemerintah kota yang diizinkan.

## Cara Mengajukan
1. Ajukan permohonan di portal LAYAN Pinang (layan.example.invalid) atau di loket DPMPTSP.
2. Petugas memeriksa berkas dan lokasi pemasangan.
3. Badan Pendapatan Daerah menerbitkan Surat Ketetapan Pajak Daerah (SKPD) reklame.
4. Bayar pajak melalui bank atau QRIS sesuai SKPD.
5. Izin dan stiker tanda lunas pajak diterbitkan; stiker wajib ditempel pada reklame.

## Waktu Proses
Izin spanduk, umbul-umbul, dan baliho selesai dalam 2 hari kerja. Izin billboard dan layar LED yang memerlukan pemeriksaan konstruksi selesai paling lama 10 hari kerja. Permohonan spanduk untuk acara sebaiknya diajukan paling lambat 5 hari kerja sebelum dipasang.

## Masa Berlaku dan Perpanjangan
Izin reklame tetap seperti billboard dan videotron berlaku 1 tahun dan diperpanjang paling lambat 14 hari sebelum berakhir. Reklame insidental seperti spanduk dan umbul-umbul berlaku sesuai jangka waktu pada izin, paling lama 1 bulan. Spanduk wajib dicopot sendiri paling lambat 3 hari setelah izinnya habis.

## Sanksi dan Penertiban
Reklame tanpa izin atau yang izinnya habis ditertibkan oleh Satuan Polisi Pamong Praja. Penyelenggara dikenai biaya pembongkaran Rp750.000 per titik untuk reklame tetap. Keterlambatan pembayaran pajak reklame dikenai denda 1 persen per bulan.

## Pelayanan dan Jam Buka
Loket DPMPTSP Kota Tanjungpinang berada di Mal Pelayanan Publik, Jl. Basuki Rahmat No. 5, Tanjungpinang. Jam buka Senin sampai Jumat pukul 08.00 - 15.30. Telepon: (0771) 317 402. WhatsApp: 0811-7700-3232. Email: reklame.tanjungpinang@example.invalid.

## Pertanyaan Umum
### Pasang spanduk ucapan ulang tahun di depan rumah perlu izin?
Spanduk ucapan pribadi yang tidak memuat merek atau promosi usaha tidak memerlukan izin dan tidak dikenai pajak, selama dipasang di pekarangan sendiri.
### Bisakah pajak billboard dibayar per bulan?
Tidak. Pajak billboard dibayar sekaligus untuk satu tahun masa izin.

""" + END,
    },
]
