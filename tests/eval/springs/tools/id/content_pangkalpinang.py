"""The three Kota Pangkalpinang documents."""

AIR = r"""
## Layanan Air Minum

Perumda Air Minum Tirta Pinang menyediakan air minum perpipaan bagi warga Kota Pangkalpinang. Air baku diolah di instalasi pengolahan air sebelum dialirkan ke rumah pelanggan. Tagihan dihitung dari pemakaian yang tercatat pada meter air setiap bulan, ditambah biaya beban tetap. Halaman ini menjelaskan golongan pelanggan, tarif, cara membaca tagihan, batas pembayaran, dan sanksi keterlambatan.

## Golongan Pelanggan

- Sosial: rumah ibadah, panti asuhan, dan hidran umum.
- Rumah tangga A: rumah dengan daya listrik sampai 900 VA.
- Rumah tangga B: rumah dengan daya listrik 1.300 VA ke atas.
- Niaga kecil: warung, toko, dan kos-kosan sampai 10 kamar.
- Niaga besar dan industri: hotel, restoran, dan pabrik.

## Tarif Air per Meter Kubik

Tarif berlaku progresif: makin banyak pemakaian, makin tinggi harga per meter kubik pada blok berikutnya.

| Golongan | 0-10 m3 | 11-20 m3 | Di atas 20 m3 |
|---|---|---|---|
| Sosial | Rp2.100 | Rp2.600 | Rp3.200 |
| Rumah tangga A | Rp3.400 | Rp4.900 | Rp6.800 |
| Rumah tangga B | Rp4.200 | Rp5.900 | Rp7.900 |
| Niaga kecil | Rp6.500 | Rp8.300 | Rp10.400 |
| Niaga besar dan industri | Rp9.800 | Rp12.600 | Rp15.200 |

## Biaya Beban Tetap

Selain biaya pemakaian, setiap tagihan memuat biaya beban meter Rp7.500 dan biaya administrasi Rp3.000 per bulan. Pemakaian minimum dihitung 10 m3 walaupun pemakaian sebenarnya lebih sedikit.

## Cara Membaca Tagihan

Tagihan memuat nomor sambungan 8 digit, angka meter awal dan akhir, jumlah pemakaian, rincian per blok tarif, dan total yang harus dibayar. Pencatatan meter dilakukan setiap tanggal 1 sampai 7. Pelanggan dapat mengirim foto meter sendiri melalui aplikasi Pinang Air apabila rumah kosong saat petugas datang.

## Batas Waktu Pembayaran

Tagihan dibayar paling lambat tanggal 20 setiap bulan. Tagihan dapat dilunasi untuk beberapa bulan sekaligus, tetapi pembayaran di muka untuk bulan yang belum ditagih tidak dapat dilakukan.

## Denda dan Penyegelan

Keterlambatan pembayaran dikenai denda Rp10.000 per bulan tagihan untuk rumah tangga dan Rp25.000 untuk niaga. Tunggakan 3 bulan berakibat penyegelan sementara. Penyambungan kembali setelah tunggakan lunas dikenai biaya Rp75.000 dan dikerjakan paling lama 2 hari kerja. Tunggakan 6 bulan berakibat pemutusan permanen dan pencabutan meter, sehingga pelanggan harus mengajukan sambungan baru.

## Tempat Pembayaran

Tagihan dapat dibayar di loket kantor pusat, kantor pos, minimarket, mobile banking, QRIS, dan aplikasi Pinang Air. Pembayaran melalui loket mitra dikenai biaya layanan Rp2.500 per tagihan.

## Sambungan Baru

Biaya pemasangan sambungan baru rumah tangga adalah Rp1.350.000, sudah termasuk meter air dan pipa sampai 10 meter. Pemasangan selesai dalam 14 hari kerja setelah pembayaran. Permohonan diajukan dengan KTP, Kartu Keluarga, dan denah lokasi rumah. Balik nama pelanggan dikenai biaya Rp50.000.

## Gangguan dan Keberatan Tagihan

Air mati, pipa bocor, atau meter rusak dapat dilaporkan ke call center 0717 4270 886 atau WhatsApp 0821 7700 3141 selama 24 jam. Kebocoran pipa sebelum meter diperbaiki tanpa biaya; kebocoran setelah meter menjadi tanggung jawab pelanggan. Keberatan atas tagihan yang membengkak diajukan paling lambat 30 hari setelah tagihan terbit, dan petugas memeriksa meter dalam 5 hari kerja.

## Kantor dan Jam Layanan

Kantor Pusat Perumda Air Minum Tirta Pinang berada di Jl. Jenderal Sudirman No. 118, Pangkalpinang. Loket buka Senin sampai Kamis pukul 07.30-15.00, Jumat pukul 07.30-11.00, dan Sabtu pukul 08.00-12.00 khusus pembayaran. E-mail: pelanggan.tirtapinang@example.invalid.

## Pertanyaan Umum

### Apakah pemakaian nol tetap ditagih?

Ya. Pemakaian minimum 10 m3 dan biaya beban tetap ditagihkan selama sambungan aktif.

### Bisakah sambungan ditutup sementara saat rumah kosong?

Bisa. Ajukan penutupan sementara paling lama 6 bulan; selama itu hanya biaya beban yang ditagihkan.
"""

DBD = r"""
## Tentang Program Pengendalian DBD

Dinas Kesehatan Kota Pangkalpinang bersama puskesmas di tujuh kecamatan menjalankan program pengendalian Demam Berdarah Dengue (DBD). Kegiatan utamanya adalah pemberantasan sarang nyamuk (PSN) 3M Plus, pemeriksaan jentik, pembagian larvasida, penyelidikan epidemiologi, dan pengasapan (fogging) di lokasi yang memenuhi kriteria. Kasus DBD di Pangkalpinang biasanya meningkat pada awal musim hujan, sehingga peran warga menjaga rumah bebas jentik sangat menentukan. Fogging hanyalah tindakan tambahan; cara paling efektif mencegah DBD adalah menghilangkan tempat nyamuk bertelur.

## Kapan Fogging Dilakukan

Fogging tidak dilakukan hanya karena ada permintaan warga. Fogging fokus dilakukan setelah penyelidikan epidemiologi oleh puskesmas menemukan sedikitnya satu kasus DBD terkonfirmasi dan, dalam radius 100 meter, ada tiga penderita demam tanpa sebab lain atau jentik di 5% rumah yang diperiksa. Fogging dilakukan dua siklus dengan jarak 7 hari.

## Syarat Melapor Kasus

- surat pengantar dari ketua RT atau RW;
- fotokopi hasil laboratorium atau surat keterangan dirawat dengan diagnosis DBD dari rumah sakit atau puskesmas;
- alamat lengkap dan nomor ponsel penanggung jawab di lokasi.

## Biaya

Penyelidikan epidemiologi, fogging fokus, dan larvasida diberikan tanpa biaya. Fogging atas permintaan sendiri, misalnya untuk kompleks perusahaan, perumahan, atau acara, tidak dilayani Dinas Kesehatan; silakan menggunakan penyedia jasa pengendalian hama yang berizin.

## Alur Laporan sampai Fogging

1. Warga atau rumah sakit melaporkan kasus DBD ke puskesmas setempat.
2. Petugas puskesmas melakukan penyelidikan epidemiologi di sekitar rumah penderita.
3. Hasil penyelidikan disampaikan kepada ketua RT.
4. Jika kriteria terpenuhi, fogging dijadwalkan dan warga diberi tahu melalui RT.
5. Jika kriteria tidak terpenuhi, dilakukan PSN serentak dan pembagian larvasida.

## Waktu Tindak Lanjut

Penyelidikan epidemiologi dilakukan paling lambat 1x24 jam setelah laporan diterima. Fogging siklus pertama dilakukan paling lambat 3 hari setelah hasil penyelidikan positif, dan siklus kedua 7 hari kemudian. Fogging dilakukan pukul 06.00-09.00 atau pukul 16.00-18.00, ketika nyamuk aktif.

## Pembagian Larvasida

Bubuk larvasida dapat diminta gratis di puskesmas. Takarannya 1 sachet 10 gram untuk 100 liter air, dan setiap keluarga mendapat paling banyak 10 sachet per bulan. Larvasida efektif sekitar 8 minggu jika bak tidak dikuras.

## Gerakan Satu Rumah Satu Jumantik

Setiap rumah diminta menunjuk satu anggota keluarga sebagai juru pemantau jentik (jumantik) yang memeriksa bak mandi, tempayan, dispenser, dan pot bunga setiap minggu lalu mengisi kartu jentik. Kader jumantik kelurahan memeriksa ulang setiap Jumat pagi bersamaan dengan kegiatan Jumat Bersih. PSN 3M Plus berarti menguras dan menyikat tempat penampungan air, menutup rapat wadah air, dan mendaur ulang barang bekas yang dapat menampung air hujan, ditambah memakai kelambu, obat antinyamuk, dan memelihara ikan pemakan jentik.

## Kenali Gejala dan Segera Periksa

Waspadai demam tinggi mendadak, nyeri kepala, nyeri otot, bintik merah di kulit, dan mimisan. Periksakan diri ke puskesmas sejak hari pertama demam. Tes NS1 tersedia gratis di puskesmas untuk demam hari pertama sampai hari ketiga. Segera bawa penderita ke rumah sakit jika muncul tanda bahaya seperti muntah terus-menerus, nyeri perut hebat, gusi berdarah, tangan dan kaki dingin, atau anak tampak sangat lemas.

## Laporan Daring

Warga dapat melaporkan kasus, mengirim foto jentik, dan melihat jadwal fogging melalui aplikasi SiJentik Pinang. Laporan dari aplikasi diteruskan otomatis ke puskesmas sesuai alamat pelapor.

## Kontak dan Jam Layanan

Bidang Pencegahan dan Pengendalian Penyakit, Dinas Kesehatan Kota Pangkalpinang, Jl. Ahmad Yani No. 36, Pangkalpinang. Layanan Senin sampai Jumat pukul 07.30-16.00. Hotline DBD 0812 7190 5532 aktif 24 jam selama musim hujan, November sampai April. E-mail: p2p.dinkes.pkp@example.invalid.

## Tanya Jawab

### Kenapa rumah saya tidak langsung di-fogging padahal tetangga kena DBD?

Fogging hanya membunuh nyamuk dewasa dan dilakukan jika hasil penyelidikan memenuhi kriteria. Jentik tetap harus diberantas dengan PSN.

### Apakah fogging aman untuk anak dan hewan peliharaan?

Tutup makanan, jauhkan anak dan hewan selama 30 menit, dan buka pintu serta jendela saat petugas datang.
"""

BANJIR = r"""
## Tentang Bantuan Korban Banjir

Badan Penanggulangan Bencana Daerah (BPBD) Kota Pangkalpinang memberikan bantuan kepada warga yang terdampak banjir, baik pada masa tanggap darurat maupun masa pemulihan. Bantuan meliputi evakuasi, logistik, dan santunan perbaikan rumah yang disalurkan setelah pendataan. Halaman ini menjelaskan siapa yang berhak, dokumen yang perlu disiapkan, besaran santunan, dan cara menghubungi BPBD ketika banjir terjadi. Bantuan dari BPBD tidak dipungut biaya apa pun; laporkan kepada BPBD jika ada pihak yang meminta potongan dana bantuan.

## Siapa yang Berhak Menerima

Penerima bantuan adalah warga yang berdomisili di Kota Pangkalpinang dan rumah tinggalnya terdampak banjir berdasarkan pendataan BPBD bersama kelurahan. Satu rumah hanya menerima satu bantuan perbaikan untuk satu kejadian banjir. Warga yang belum memiliki KTP Pangkalpinang tetapi tinggal di lokasi terdampak tetap menerima logistik tanggap darurat, namun santunan perbaikan rumah hanya diberikan kepada penduduk yang tercatat dalam Kartu Keluarga Kota Pangkalpinang.

## Jenis Bantuan

- logistik tanggap darurat: beras 10 kg per kepala keluarga, makanan siap saji, air mineral, selimut, dan perlengkapan bayi;
- santunan perbaikan rumah rusak ringan, sedang, dan berat;
- bantuan isi rumah bagi penyewa;
- santunan duka Rp15.000.000 per jiwa bagi ahli waris korban meninggal dunia.

## Cara Melapor Saat Banjir

Laporkan genangan, warga terjebak, atau kebutuhan evakuasi kepada Pusat Pengendalian Operasi (Pusdalops) BPBD yang siaga 24 jam. Ketua RT juga diminta melaporkan jumlah keluarga terdampak ke kelurahan pada hari yang sama. Sebutkan nama pelapor, alamat lengkap, perkiraan tinggi air, dan jumlah orang yang perlu dievakuasi, terutama lansia, balita, dan warga yang sakit. Jangan menunggu air masuk rumah untuk melapor jika genangan di jalan sudah melebihi lutut orang dewasa.

## Pendataan dan Verifikasi Kerusakan

Tim kaji cepat BPBD datang paling lambat 3x24 jam setelah banjir surut. Petugas memotret kerusakan, mengisi formulir kaji cepat, dan menentukan tingkat kerusakan rumah. Daftar penerima diumumkan di kantor kelurahan selama 7 hari untuk memberi kesempatan sanggahan.

## Dokumen yang Perlu Disiapkan

- KTP dan Kartu Keluarga;
- foto kerusakan rumah;
- surat keterangan kerusakan dari lurah;
- buku rekening atas nama kepala keluarga;
- bukti kepemilikan atau penguasaan rumah, seperti sertifikat atau surat keterangan tanah.

## Besaran Bantuan Perbaikan Rumah

Bantuan perbaikan diberikan sesuai tingkat kerusakan: rusak ringan Rp5.000.000, rusak sedang Rp12.500.000, dan rusak berat Rp30.000.000. Bantuan perbaikan hanya untuk rumah tinggal utama. Penyewa rumah kontrakan tidak menerima bantuan perbaikan, tetapi tetap mendapat logistik dan bantuan isi rumah Rp1.500.000 per kepala keluarga.

## Waktu Penyaluran

Logistik disalurkan dalam 24 jam setelah status tanggap darurat ditetapkan. Bantuan perbaikan rumah ditransfer ke rekening penerima paling lambat 45 hari kerja setelah verifikasi selesai.

## Posko Pengungsian dan Evakuasi

Posko pengungsian dibuka di gedung sekolah dan kantor kelurahan yang ditetapkan wali kota. Perahu karet dan tim evakuasi disiagakan di kawasan rawan dekat Sungai Rangkui. Utamakan evakuasi lansia, ibu hamil, anak-anak, dan penyandang disabilitas. Setiap posko menyediakan dapur umum, layanan kesehatan dari puskesmas, dan ruang khusus bagi ibu menyusui. Pengungsi diminta mendaftar di meja posko agar jumlah logistik sesuai kebutuhan.

## Peringatan Dini

Sirene peringatan dini berbunyi di pintu air ketika tinggi muka air mencapai status siaga. Warga dapat bergabung ke kanal WhatsApp Info Siaga Pinang untuk menerima peringatan dan informasi posko terdekat. Selama musim hujan, BPBD juga mengumumkan prakiraan banjir setiap sore melalui kanal tersebut dan radio daerah.

## Kontak Darurat

Pusdalops BPBD Kota Pangkalpinang: telepon (0717) 4263 112 dan WhatsApp 0852 6800 7100, aktif 24 jam. Kantor BPBD berada di Jl. Depati Hamzah No. 71, Pangkalpinang, dengan layanan administrasi Senin sampai Jumat pukul 08.00-16.00. E-mail: pusdalops.pkp@example.invalid.

## Tanya Jawab

### Rumah saya kebanjiran tapi tidak didata, bagaimana?

Ajukan sanggahan ke kelurahan selama masa pengumuman dengan membawa foto kerusakan.

### Apakah bantuan bisa diwakilkan?

Bisa, dengan surat kuasa bermeterai dan KTP penerima kuasa.
"""
