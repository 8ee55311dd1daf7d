"""Content of the four Kota Tegal documents (Markdown bodies; converted per format)."""

PBB = {
    "path": "id/tegal/pbb-p2.md",
    "fmt": "md",
    "title": "Pembayaran PBB-P2 Kota Tegal",
    "region": "Kota Tegal",
    "agency": "Badan Keuangan Daerah Kota Tegal",
    "source": "https://example.invalid/tegalkota/bkd/pbb-p2",
    "updated": "2026-03-02",
    "service": "PBB-P2 (pajak bumi dan bangunan)",
    "body": """
## Gambaran Umum

Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) adalah pajak daerah atas tanah dan/atau bangunan yang dimiliki, dikuasai, atau dimanfaatkan oleh orang pribadi atau badan di wilayah Kota Tegal. Pemungutannya dilaksanakan oleh Badan Keuangan Daerah (BKD) Kota Tegal. Halaman ini menerangkan SPPT, jatuh tempo, cara membayar, denda, keringanan, dan balik nama objek pajak.

## Siapa yang Menjadi Wajib Pajak

Wajib pajak adalah pemilik sertifikat, pemegang hak, atau pihak yang secara nyata memanfaatkan tanah dan bangunan, termasuk penyewa jangka panjang bila hal itu disepakati dalam perjanjian sewa. Objek yang dikecualikan antara lain tempat ibadah, makam umum, dan fasilitas pendidikan nirlaba.

## SPPT dan Tanggal Jatuh Tempo

Surat Pemberitahuan Pajak Terutang (SPPT) tahun 2026 dibagikan mulai 2 Maret 2026 melalui kelurahan dan ketua RT. Setiap SPPT memuat Nomor Objek Pajak (NOP) 18 digit, luas tanah dan bangunan, Nilai Jual Objek Pajak (NJOP), dan jumlah pajak. Batas akhir pembayaran PBB-P2 tahun 2026 adalah 31 Agustus 2026. Warga yang belum menerima SPPT sampai akhir April dapat menanyakannya ke kelurahan atau loket BKD.

## Cara Membayar

Pembayaran cukup dengan menyebutkan NOP dan tahun pajak. Pilihan tempat membayar:

- teller dan ATM bank daerah mitra BKD;
- kantor pos di seluruh Kota Tegal;
- minimarket yang bekerja sama, dengan biaya administrasi Rp2.500 per transaksi;
- dompet digital dan mobile banking, menu Pajak Daerah, lalu pilih Kota Tegal;
- aplikasi Tegal Bayar, yang juga dapat mencetak bukti lunas.

Simpan struk atau bukti bayar elektronik setidaknya 5 tahun.

## Denda Keterlambatan

Pembayaran setelah jatuh tempo dikenai denda administratif 1,5% per bulan dari pokok pajak, dihitung sejak bulan pertama setelah jatuh tempo, paling lama 24 bulan. Denda tercetak otomatis ketika tunggakan dibayar. Tunggakan lebih dari 2 tahun dapat ditagih dengan surat teguran dan surat paksa.

## Keringanan dan Pengurangan

Pengurangan PBB-P2 dapat diajukan oleh wajib pajak lansia berpenghasilan rendah, pensiunan, veteran, atau warga yang objek pajaknya terdampak bencana. Besar pengurangan paling tinggi 50% dari pokok pajak. Permohonan diajukan paling lambat 3 bulan sejak SPPT diterima, dilampiri fotokopi KTP, SPPT tahun berjalan, dan surat keterangan tidak mampu atau kartu pensiun atau veteran. Keputusan terbit dalam 20 hari kerja.

## Balik Nama dan Mutasi Objek Pajak

Setelah jual beli, hibah, atau waris, nama pada SPPT perlu diubah. Berkas yang dibawa: formulir SPOP, fotokopi KTP pemilik baru, fotokopi sertifikat atau akta jual beli, SPPT tahun terakhir, dan bukti lunas PBB-P2 lima tahun terakhir. Pemecahan atau penggabungan NOP memerlukan gambar denah tanah. Mutasi selesai dalam 7 hari kerja dan tidak dipungut biaya.

## SPPT Hilang atau Data Keliru

Salinan SPPT yang hilang dapat dicetak ulang di loket BKD secara gratis dengan menunjukkan KTP. Jika luas tanah, luas bangunan, atau nama wajib pajak salah, ajukan pembetulan dengan bukti pendukung; pembetulan selesai dalam 5 hari kerja.

## Loket Pelayanan dan Jam Buka

Loket PBB-P2 BKD Kota Tegal berada di Gedung Keuangan Daerah, Jl. Kapten Sudibyo No. 41, Tegal. Jam layanan Senin sampai Kamis pukul 07.30–15.00 dan Jumat pukul 07.30–11.00. Selama bulan Agustus loket juga dibuka pada hari Sabtu pukul 08.00–12.00 untuk melayani pembayaran menjelang jatuh tempo.

## Kontak dan Pengaduan

Telepon (0283) 351-627, WhatsApp 0813-2690-4417 (khusus pesan tertulis), atau e-mail pbb.tegal@example.invalid. Pengaduan dijawab paling lambat 2 hari kerja.

## Tanya Jawab

**Apakah PBB-P2 bisa dicicil?** Bisa untuk ketetapan di atas Rp2.000.000, paling banyak 4 kali angsuran dalam tahun pajak yang sama, dengan permohonan tertulis kepada Kepala BKD.

**Saya sudah bayar tetapi masih tercatat menunggak.** Bawa bukti bayar ke loket; data akan disesuaikan paling lama 3 hari kerja.

**Apakah BPHTB dijelaskan di sini?** Tidak. BPHTB (bea perolehan hak atas tanah dan bangunan) memiliki halaman tersendiri.
""",
}

KIOS = {
    "path": "id/tegal/sewa-kios-pasar.html",
    "fmt": "html",
    "title": "Sewa Kios dan Los Pasar Daerah Kota Tegal",
    "region": "Kota Tegal",
    "agency": "Dinas Koperasi, Usaha Kecil dan Menengah, dan Perdagangan Kota Tegal",
    "source": "https://example.invalid/tegalkota/dinkukmp/sewa-kios-pasar",
    "updated": "2026-02-17",
    "service": "sewa kios dan los pasar",
    "site": "Dinas Koperasi, UKM dan Perdagangan Kota Tegal",
    "body": """
## Tentang Layanan

Pemerintah Kota Tegal melalui Dinas Koperasi, Usaha Kecil dan Menengah, dan Perdagangan menyediakan kios dan los di pasar daerah untuk disewa pedagang. Penyewa menerima Surat Izin Penempatan (SIP) yang menjadi dasar hak berjualan dan penarikan retribusi. Halaman ini menjelaskan syarat, tarif, alur, dan kewajiban penyewa.

## Pasar yang Dikelola Pemerintah Kota

Pasar daerah yang kiosnya dapat disewa: Pasar Pagi, Pasar Kejambon, Pasar Langon, Pasar Karangdawa, Pasar Muarareja, Pasar Sumurpanggang, dan Pasar Randugunting. Daftar kios dan los kosong diumumkan setiap awal bulan di papan pengumuman UPTD Pasar dan di portal SiPasar Tegal.

## Siapa yang Dapat Menyewa

Pemohon adalah warga negara Indonesia berusia minimal 18 tahun dan memiliki KTP elektronik. Prioritas diberikan kepada warga ber-KTP Kota Tegal dan pedagang yang terdampak penataan pasar. Satu orang paling banyak memegang 2 unit kios di pasar yang sama.

## Berkas Permohonan

- formulir permohonan SIP yang diisi lengkap;
- fotokopi KTP elektronik dan Kartu Keluarga;
- pas foto berwarna ukuran 3x4 sebanyak dua lembar;
- Nomor Induk Berusaha (NIB);
- surat pernyataan bermeterai sanggup mematuhi tata tertib pasar.

## Tarif Retribusi

| Jenis tempat | Tarif retribusi |
|---|---|
| Kios Pasar Pagi lantai dasar | Rp38.000 per meter persegi per bulan |
| Kios Pasar Pagi lantai atas | Rp26.000 per meter persegi per bulan |
| Kios di pasar daerah lainnya | Rp21.000 per meter persegi per bulan |
| Los atau meja terbuka | Rp700 per meter persegi per hari |
| Pelataran (pedagang oprokan) | Rp3.000 per hari |
| Penerbitan SIP baru | Rp150.000 |

Tagihan listrik dan air kios dibayar sendiri oleh penyewa sesuai meteran masing-masing.

## Alur Pengajuan

1. Cek kios atau los kosong di UPTD Pasar atau portal SiPasar Tegal.
2. Serahkan berkas ke UPTD Pasar atau unggah melalui portal.
3. Petugas melakukan verifikasi dan survei lokasi dalam 5 hari kerja.
4. Jika peminat satu kios lebih dari satu orang, penempatan ditentukan dengan undian terbuka. Hasil undian diumumkan pada hari yang sama.
5. Bayar biaya penerbitan SIP.
6. Tanda tangani perjanjian penempatan dan terima SIP.

Seluruh proses paling lama 14 hari kerja sejak berkas lengkap.

## Masa Berlaku SIP dan Perpanjangan

SIP berlaku 3 tahun. Perpanjangan diajukan paling lambat 30 hari sebelum masa berlaku habis dengan membawa SIP lama dan bukti lunas retribusi. Biaya perpanjangan Rp75.000.

## Kewajiban, Larangan dan Sanksi

Retribusi bulanan dibayar paling lambat tanggal 10 setiap bulan. Keterlambatan dikenai denda 2% per bulan dari retribusi terutang. Tunggakan 3 bulan mendapat teguran tertulis; tunggakan 6 bulan berturut-turut membuat SIP dicabut dan kios ditawarkan kepada pedagang lain. Penyewa dilarang memindahtangankan atau menyewakan kembali kios kepada pihak lain dan dilarang mengubah bangunan kios tanpa izin tertulis. Penyewa juga wajib menjaga kebersihan kios dan membuka kios paling sedikit 20 hari dalam sebulan.

## Kantor UPTD dan Jam Layanan

UPTD Pengelolaan Pasar Kota Tegal berkantor di Kompleks Pasar Pagi Blok C lantai 2, Jl. Veteran No. 9, Tegal. Jam layanan Senin sampai Jumat pukul 08.00–15.00 dan Sabtu pukul 08.00–12.00.

## Layanan Daring SiPasar Tegal

Melalui portal SiPasar Tegal penyewa dapat melihat kios kosong, mengajukan permohonan, membayar retribusi dengan QRIS, dan mengecek tunggakan. Bukti bayar elektronik berlaku sebagai tanda lunas.

## Kontak

Telepon (0283) 358-210, WhatsApp 0857-4211-9083, e-mail pasar.tegal@example.invalid.

## Pertanyaan Umum

**Bolehkah kios dialihkan kepada anak?** Boleh bila pemegang SIP meninggal dunia atau sakit permanen, melalui balik nama SIP kepada suami, istri, atau anak kandung dengan biaya Rp50.000.

**Apakah halaman ini mengatur pedagang kaki lima di luar pasar?** Tidak. Penataan pedagang kaki lima di jalan dan alun-alun diatur tersendiri.

**Apakah kios boleh dipakai sebagai gudang saja?** Tidak. Kios yang tutup lebih dari 2 bulan tanpa alasan dapat ditinjau ulang SIP-nya.
""",
}

AKTA = {
    "path": "id/tegal/akta-kelahiran.md",
    "fmt": "md",
    "title": "Penerbitan Akta Kelahiran di Kota Tegal",
    "region": "Kota Tegal",
    "agency": "Dinas Kependudukan dan Pencatatan Sipil Kota Tegal",
    "source": "https://example.invalid/tegalkota/disdukcapil/akta-kelahiran",
    "updated": "2026-01-14",
    "service": "akta kelahiran",
    "body": """
## Mengenai Akta Kelahiran

Akta kelahiran adalah dokumen pencatatan sipil yang membuktikan kelahiran seseorang, nama, tanggal lahir, dan hubungannya dengan orang tua. Akta diperlukan untuk mendaftar sekolah, membuat KIA dan KTP, paspor, hingga urusan waris. Di Kota Tegal akta kelahiran diterbitkan oleh Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil). Akta kelahiran kini diterbitkan dalam bentuk elektronik dengan kode QR untuk memeriksa keasliannya.

## Siapa yang Bisa Mengajukan

Permohonan diajukan oleh ayah atau ibu kandung, atau oleh anggota keluarga lain dengan surat kuasa. Penerima kuasa harus berusia minimal 17 tahun dan membawa KTP elektronik sendiri. Anak yang lahir di luar Kota Tegal tetap dilayani di Tegal bila orang tuanya terdaftar dalam Kartu Keluarga (KK) Kota Tegal.

## Persyaratan Dokumen

1. Surat keterangan kelahiran dari rumah sakit, puskesmas, bidan, atau kelurahan.
2. Kartu Keluarga tempat anak akan dicatat.
3. KTP elektronik ayah dan ibu.
4. Buku nikah atau akta perkawinan orang tua. Bila tidak ada, diganti SPTJM (surat pernyataan tanggung jawab mutlak) kebenaran sebagai pasangan suami istri.
5. Dua orang saksi yang membawa KTP elektronik.

## Biaya Layanan

Penerbitan akta kelahiran tidak dipungut biaya, baik di loket maupun secara daring. Disdukcapil tidak bekerja sama dengan perantara atau calo; bila ada yang meminta uang, laporkan melalui kontak di bawah.

## Batas Waktu Pelaporan Kelahiran

Kelahiran wajib dilaporkan paling lambat 60 hari sejak tanggal lahir. Pelaporan yang lewat dari 60 hari tetap dilayani tanpa denda, tetapi pemohon harus mengisi formulir pernyataan keterlambatan yang diketahui lurah.

## Pengajuan Daring lewat Si-LAHIR Tegal

Orang tua dapat mengajukan akta dari rumah melalui aplikasi Si-LAHIR Tegal. Unggah hasil pindai semua dokumen asli, isi data anak, lalu pilih penerimaan dokumen melalui e-mail. Akta elektronik dikirim dalam bentuk PDF bertanda tangan elektronik dan dicetak sendiri pada kertas HVS A4 80 gram. KK baru dengan nama anak ikut dikirim. Pengajuan daring dapat dikirim kapan saja, tetapi hanya diproses pada hari kerja.

## Paket Layanan di Rumah Sakit

Ibu yang melahirkan di RSUD Kardinah atau rumah sakit mitra dapat mengurus paket akta kelahiran, KK baru, dan Kartu Identitas Anak (KIA) sebelum pulang. Petugas mengumpulkan berkas di ruang perawatan, dan dokumen dikirim melalui WhatsApp dalam 2 hari kerja.

## Waktu Penyelesaian

Permohonan di loket selesai pada hari yang sama bila berkas lengkap dan diserahkan sebelum pukul 12.00. Permohonan daring selesai dalam 3 hari kerja. Pembetulan kesalahan tulis pada akta selesai dalam 3 hari kerja dengan membawa akta asli dan bukti pendukung.

## Lokasi dan Jam Pelayanan

Kantor Disdukcapil Kota Tegal, Jl. Nakula No. 28, Tegal. Loket buka Senin sampai Kamis pukul 08.00–15.00 dan Jumat pukul 08.00–11.00. Gerai Disdukcapil di Mal Pelayanan Publik juga buka hari Sabtu pukul 08.00–12.00. Nomor antrean loket dapat diambil lebih dulu melalui aplikasi Si-LAHIR Tegal untuk mengurangi waktu tunggu.

## Layanan yang Tidak Termasuk di Halaman Ini

Akta kematian, akta perkawinan, perubahan nama, pengakuan dan pengesahan anak, serta pencatatan kelahiran warga negara asing memiliki persyaratan sendiri dan dijelaskan di halaman lain. Bila ragu layanan mana yang dibutuhkan, tanyakan kepada petugas informasi di loket utama.

## Hubungi Kami

Telepon (0283) 353-092, WhatsApp 0821-3377-5120, e-mail dukcapil.tegal@example.invalid.

## Pertanyaan Warga

**Akta anak saya hilang, bagaimana?** Cetak ulang di loket dengan membawa KK dan surat keterangan kehilangan dari kepolisian. Tidak ada biaya.

**Nama anak di akta salah ketik.** Ajukan pembetulan di loket; lihat waktu penyelesaian di atas.

**Bisakah nama ayah dicantumkan bila perkawinan orang tua belum tercatat?** Bisa dengan SPTJM, dan akta memuat keterangan bahwa perkawinan belum tercatat sesuai ketentuan.
""",
}

FOGGING = {
    "path": "id/tegal/pengendalian-dbd-fogging.docx",
    "fmt": "docx",
    "title": "Pengendalian Demam Berdarah Dengue (DBD) dan Permohonan Fogging",
    "region": "Kota Tegal",
    "agency": "Dinas Kesehatan Kota Tegal",
    "source": "https://example.invalid/tegalkota/dinkes/dbd-fogging",
    "updated": "2026-02-03",
    "service": "pengendalian DBD dan fogging",
    "body": """
## Latar Belakang Layanan

Demam berdarah dengue (DBD) masih menjadi masalah kesehatan di Kota Tegal, terutama pada musim hujan. Kasus biasanya meningkat antara Desember dan April. Dinas Kesehatan Kota Tegal bersama puskesmas melakukan penyelidikan kasus, pengasapan (fogging) fokus, pembagian larvasida, dan pendampingan kader juru pemantau jentik. Dokumen ini menjelaskan cara warga melaporkan kasus dan mengajukan fogging.

## Kapan Fogging Dilakukan

Fogging tidak dilakukan atas setiap laporan. Fogging fokus hanya dilaksanakan bila penyelidikan epidemiologi menemukan minimal 1 kasus DBD tambahan atau 3 penderita demam tanpa sebab yang jelas dalam radius 200 meter dari rumah pasien, dan jentik nyamuk ditemukan di sedikitnya 5% rumah yang diperiksa. Asap hanya membunuh nyamuk dewasa, sehingga pemberantasan sarang nyamuk tetap menjadi langkah utama.

## Melaporkan Kasus DBD

Rumah sakit dan klinik wajib melaporkan pasien DBD ke Dinas Kesehatan dalam 24 jam. Warga juga dapat melapor langsung ke puskesmas wilayahnya dengan membawa hasil laboratorium pasien dan alamat lengkap tempat tinggalnya. Waspadai gejala demam tinggi mendadak selama 2 sampai 7 hari, bintik merah di kulit, mimisan, atau nyeri perut hebat, dan segera bawa penderita ke fasilitas kesehatan.

## Penyelidikan Epidemiologi

Setelah laporan diterima, petugas puskesmas datang ke lokasi paling lambat 3 hari kerja. Petugas memeriksa sekitar 20 rumah di sekeliling rumah pasien, mencari penderita demam lain, dan menghitung rumah yang ada jentiknya. Warga diminta mengizinkan petugas memeriksa bak mandi, tempat penampungan air, dan barang bekas di halaman. Hasil penyelidikan menentukan apakah cukup dengan PSN dan larvasida atau perlu fogging fokus.

## Syarat Permohonan dari Warga

Ketua RT dapat mengajukan permohonan penanganan DBD dengan melampirkan:

- surat permohonan dari ketua RT yang diketahui ketua RW dan lurah;
- fotokopi hasil laboratorium pasien (trombosit atau NS1);
- alamat pasien dan denah singkat lingkungan;
- nama dan nomor telepon penanggung jawab di lapangan.

## Biaya dan Fogging Swadaya

Penyelidikan epidemiologi dan fogging fokus oleh Dinas Kesehatan gratis. Dinas Kesehatan tidak melayani fogging atas permintaan pribadi, misalnya untuk hajatan atau acara kantor. Warga yang ingin fogging swadaya dapat memakai jasa pengendalian hama berizin dan wajib memberi tahu puskesmas 3 hari sebelumnya.

## Jadwal dan Tata Cara Pelaksanaan

Fogging fokus dilakukan 2 siklus dengan selang 7 hari, pada pagi hari pukul 06.00–09.00 atau sore hari pukul 15.30–18.00. Sebelum petugas datang, warga diminta menutup makanan dan minuman, memindahkan sangkar burung dan akuarium, serta membuka pintu dan jendela agar asap masuk. Jadwal pelaksanaan diberitahukan kepada ketua RT paling lambat 1 hari sebelumnya.

## PSN 3M Plus dan Juru Pemantau Jentik

Pemberantasan sarang nyamuk dilakukan setiap Jumat pagi dengan 3M Plus: menguras, menutup, dan mendaur ulang barang bekas, ditambah menabur larvasida. Bubuk larvasida (abate) gratis di puskesmas dengan takaran 10 gram untuk 100 liter air, diulang setiap 3 bulan. Kader juru pemantau jentik memeriksa rumah warga sekali seminggu.

## Puskesmas dan Jam Pelayanan

Laporan dan permohonan dilayani di delapan puskesmas: Tegal Barat, Tegal Timur, Tegal Selatan, Margadana, Slerok, Bandung, Kaligangsa, dan Debong Lor. Jam layanan Senin sampai Kamis pukul 07.30–14.00, Jumat pukul 07.30–11.00, dan Sabtu pukul 07.30–12.30.

## Kanal Pengaduan dan Kontak

Hotline DBD melalui WhatsApp 0822-4130-7765, telepon Bidang Pencegahan dan Pengendalian Penyakit (0283) 356-441, atau e-mail p2p.dinkes.tegal@example.invalid.

## Pertanyaan yang Sering Muncul

**Kenapa lingkungan saya tidak langsung difogging?** Fogging hanya dilakukan bila kriteria penyelidikan epidemiologi terpenuhi; tanpa itu, PSN lebih efektif.

**Apakah asap fogging berbahaya?** Dosis yang dipakai aman bagi manusia, tetapi sebaiknya anak kecil dan penderita asma menjauh selama pengasapan.

**Bolehkah meminta bubuk larvasida untuk satu RT?** Boleh, melalui kader juru pemantau jentik atau ketua RT dengan menyebutkan jumlah rumah.
""",
}

DOCS = [PBB, KIOS, AKTA, FOGGING]
