"""Texts of the three Kota Solok documents."""

from texts_nasional import END

PBB = """# Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kota Solok

## Keterangan Umum

Penerimaan PBB-P2 merupakan salah satu sumber pendapatan asli daerah yang digunakan untuk membiayai pembangunan jalan, sekolah, dan fasilitas umum di kota.

Badan Keuangan Daerah Kota Solok memungut Pajak Bumi dan Bangunan Perdesaan dan Perkotaan atas tanah dan bangunan di Kecamatan Lubuk Sikarah dan Kecamatan Tanjung Harapan. Surat Pemberitahuan Pajak Terutang (SPPT) dibagikan melalui kantor kelurahan setiap bulan Maret.

## Subjek dan Objek Pajak

Wajib pajak adalah orang pribadi atau badan yang memiliki, menguasai, atau memanfaatkan tanah dan bangunan. Objek pajak dengan Nilai Jual Objek Pajak sampai Rp 15.000.000 tidak dikenakan PBB-P2.

## Tarif yang Berlaku

| Nilai Jual Objek Pajak (NJOP) | Tarif |
|---|---|
| Sampai Rp 1 miliar | 0,1 persen |
| Di atas Rp 1 miliar sampai Rp 5 miliar | 0,15 persen |
| Di atas Rp 5 miliar | 0,2 persen |

## Jatuh Tempo Pembayaran

Pembayaran PBB-P2 paling lambat tanggal 31 Agustus tahun berjalan. Tanggal jatuh tempo juga tercantum pada lembar SPPT.

## Denda atas Keterlambatan

Pembayaran setelah jatuh tempo dikenakan denda 1 persen per bulan, paling lama 24 bulan, dihitung dari pokok pajak terutang.

## Saluran Pembayaran

Simpan bukti pembayaran atau Surat Tanda Terima Setoran, karena bukti tersebut diperlukan saat mengurus jual beli, balik nama sertifikat, maupun pengajuan kredit.

PBB-P2 dapat dibayar di Bank Nagari, kantor pos, gerai ritel modern, atau melalui aplikasi SOLOK PAJAK dengan memasukkan Nomor Objek Pajak (NOP) 18 digit.

## Pendaftaran Objek Pajak Baru

Petugas dapat melakukan penelitian lapangan untuk mengukur luas tanah dan bangunan sebelum NJOP ditetapkan. Pemilik akan dihubungi terlebih dahulu untuk menyepakati waktu kunjungan.

Pemilik tanah atau bangunan yang belum memiliki SPPT mengisi Surat Pemberitahuan Objek Pajak (formulir SPOP-02) dengan melampirkan fotokopi sertifikat atau alas hak, KTP, dan foto bangunan. SPPT baru terbit dalam 10 hari kerja.

## Pengurangan dan Keberatan

Wajib pajak berpenghasilan rendah, veteran, dan pensiunan dapat mengajukan pengurangan sampai 50 persen dari pokok pajak. Keberatan atas besarnya pajak diajukan paling lambat 3 bulan sejak SPPT diterima, dan diputuskan dalam 30 hari kerja.

## Layanan Loket

Loket pelayanan PBB-P2 di Balai Kota Solok buka Senin sampai Kamis pukul 08.00–15.30 dan Jumat pukul 08.00–11.00.

## Yang Tidak Diurus di Sini

Halaman ini tidak mencakup Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB) atas jual beli atau hibah; BPHTB memiliki prosedur dan halaman tersendiri. Sertifikat tanah diurus di Kantor Pertanahan.

## Pertanyaan Warga

### SPPT saya belum diterima, apa yang harus dilakukan?

Minta salinan SPPT di loket BKD atau unduh melalui aplikasi dengan memasukkan NOP.

### Nama di SPPT masih nama pemilik lama, bagaimana?

Ajukan mutasi nama wajib pajak dengan melampirkan akta jual beli atau surat warisan. Proses mutasi memakan waktu 7 hari kerja.

### Bolehkah membayar untuk beberapa tahun sekaligus?

Boleh, tunggakan beberapa tahun dapat dilunasi bersamaan beserta dendanya.

## Kontak BKD Kota Solok

Badan Keuangan Daerah Kota Solok, Jalan Lubuk Sikarah No. 18, Kota Solok. Telepon (0755) 20-3481, surel pbb@solokkota.example.invalid.

""" + END + "\n"

AK1 = """# Pembuatan Kartu Tanda Bukti Pencari Kerja (Kartu Kuning AK1) Kota Solok

## Penjelasan Layanan

Data pencari kerja yang terkumpul juga dipakai Dinas untuk menyalurkan informasi lowongan dan bursa kerja kepada warga yang terdaftar.

Kartu Tanda Bukti Pendaftaran Pencari Kerja atau kartu kuning AK1 diterbitkan oleh Dinas Tenaga Kerja Kota Solok bagi penduduk yang sedang mencari pekerjaan. Kartu ini sering diminta sebagai syarat melamar kerja di perusahaan maupun instansi pemerintah.

## Syarat Pendaftaran

Pencari kerja yang berdomisili di Kota Solok tetapi masih memiliki KTP daerah lain wajib melampirkan surat keterangan domisili dari kelurahan.

- KTP-el Kota Solok asli dan fotokopi.
- Fotokopi ijazah terakhir dan transkrip nilai.
- Pas foto berwarna ukuran 3x4 sebanyak 2 lembar.
- Fotokopi sertifikat pelatihan atau keahlian, bila ada.

## Tahapan Pengurusan

Pengantar kerja akan menanyakan minat jabatan, pengalaman kerja, dan keterampilan yang dimiliki. Jawaban tersebut dicatat pada bagian belakang kartu dan dipakai untuk mencocokkan lowongan.

Pencari kerja mengisi formulir AK/I-01 di loket, menyerahkan berkas persyaratan, mengikuti wawancara singkat dengan pengantar kerja, lalu menerima kartu AK1 yang telah ditandatangani dan dicap.

## Biaya

| Jenis layanan | Biaya |
|---|---|
| Pembuatan kartu AK1 baru | Gratis |
| Perpanjangan kartu AK1 | Gratis |
| Penggantian kartu hilang | Gratis |

## Lama Proses

Kartu AK1 selesai pada hari yang sama apabila berkas lengkap diserahkan sebelum pukul 12.00. Berkas yang masuk setelah jam tersebut diselesaikan pada hari kerja berikutnya.

## Masa Berlaku dan Kewajiban Lapor

Pelaporan dapat dilakukan di loket atau melalui portal dengan mengisi status terakhir, misalnya masih mencari kerja, sudah bekerja, atau sedang mengikuti pelatihan.

Kartu AK1 berlaku selama 2 tahun. Pemegang kartu wajib melapor ke Dinas setiap 6 bulan. Pencari kerja yang tidak melapor selama dua kali berturut-turut dihapus dari daftar pencari kerja.

## Pendaftaran Melalui Aplikasi

Setelah pendaftaran daring disetujui, pemohon menerima pemberitahuan melalui surel dan dapat mengambil kartu dalam jangka waktu 14 hari. Pendaftaran yang tidak diambil dalam jangka waktu tersebut dibatalkan otomatis.

Pendaftaran awal dapat dilakukan melalui portal KERJA SOLOK dengan mengunggah pindaian dokumen. Kartu dicetak dan diambil di kantor dengan membawa nomor pendaftaran.

## Jam Pelayanan Loket

Loket AK1 buka Senin sampai Kamis pukul 08.00–15.00 dan Jumat pukul 08.00–11.30.

## Layanan Lain di Luar Kartu Kuning

Legalisasi ijazah juga tidak dilayani di loket AK1; legalisasi dilakukan oleh sekolah atau perguruan tinggi yang menerbitkan ijazah.

Halaman ini tidak mencakup pelatihan keterampilan di Balai Latihan Kerja maupun pengaduan perselisihan hubungan industrial, yang dilayani bidang lain di Dinas. Pendaftaran Kartu Prakerja dilakukan di portal nasional, bukan di kantor Dinas.

## Tanya Jawab

### Saya sudah bekerja, apakah kartu AK1 perlu dikembalikan?

Ya, laporkan penempatan kerja ke Dinas agar data pencari kerja diperbarui.

### Bisakah kartu diurus oleh orang lain?

Tidak bisa, karena pencari kerja wajib hadir untuk wawancara.

### Apakah lulusan SMP dapat membuat kartu AK1?

Bisa, selama berusia paling rendah 18 tahun.

## Alamat Kantor

Dinas Tenaga Kerja Kota Solok, Jalan Prof. M. Yamin No. 27, Kelurahan Kampung Jawa. Telepon (0755) 21-5504, surel disnaker@solokkota.example.invalid.

""" + END + "\n"

MAKAM = """# Pelayanan Pemakaman Umum Kota Solok

## Tentang Pelayanan Pemakaman

Penataan petak dilakukan berurutan sesuai blok yang telah ditetapkan, sehingga keluarga tidak dapat memilih lokasi petak secara bebas kecuali untuk petak tumpang dengan keluarga yang telah dimakamkan.

Dinas Perumahan dan Kawasan Permukiman Kota Solok mengelola Tempat Pemakaman Umum (TPU) milik pemerintah kota, termasuk TPU di Kelurahan Tanah Garam dan Kelurahan Simpang Rumbio. Pelayanan meliputi izin penggunaan petak makam, penggalian liang lahat, dan perpanjangan sewa petak.

## Syarat Izin Penggunaan Makam

- Surat keterangan kematian dari rumah sakit atau lurah.
- Fotokopi KTP dan Kartu Keluarga almarhum.
- Fotokopi KTP ahli waris yang mengajukan.
- Formulir permohonan PM-1 yang telah diisi.

## Alur Pengajuan

Petugas TPU juga membantu mengatur waktu pemakaman bersama pengurus masjid dan keluarga agar tidak bersamaan dengan pemakaman lain di blok yang sama.

Ahli waris atau pengurus jenazah melapor ke petugas TPU, menyerahkan persyaratan, dan menerima penunjukan petak. Penggalian dilakukan setelah izin diterbitkan. Berkas yang belum lengkap dapat disusulkan paling lambat 3 hari setelah pemakaman.

## Retribusi Pemakaman

| Jenis layanan | Retribusi |
|---|---|
| Izin penggunaan petak (3 tahun pertama) | Rp 100.000 |
| Penggalian dan penutupan liang | Rp 300.000 |
| Perpanjangan izin setiap 3 tahun | Rp 75.000 |
| Pemindahan kerangka | Rp 500.000 |

Warga yang terdaftar sebagai keluarga miskin dibebaskan dari seluruh retribusi dengan surat keterangan dari Dinas Sosial.

## Lama Penerbitan Izin

Izin penggunaan petak diterbitkan dalam waktu 1 jam sejak berkas lengkap diterima.

## Waktu Pelayanan

Keluarga diminta memberi tahu petugas paling lambat 3 jam sebelum waktu pemakaman agar liang lahat dapat disiapkan.

Petugas TPU melayani pemakaman setiap hari pukul 07.00–17.00, termasuk hari Minggu dan hari libur. Di luar jam tersebut, petugas piket dapat dihubungi melalui telepon.

## Perpanjangan dan Akibat Keterlambatan

Pemberitahuan disampaikan melalui surat ke alamat ahli waris yang tercatat dan papan pengumuman di TPU selama 3 bulan sebelum petak dimanfaatkan kembali.

Izin petak wajib diperpanjang sebelum masa berlaku berakhir. Keterlambatan perpanjangan dikenakan denda Rp 25.000 per tahun. Petak yang tidak diperpanjang selama 2 kali masa izin dapat dimanfaatkan kembali setelah pemberitahuan kepada ahli waris.

## Pendaftaran Daring

Ahli waris dapat mendaftar dan memperpanjang izin melalui laman layanan SIMAKAM SOLOK.

## Di Luar Layanan Dinas

Pemakaman di makam kaum atau tanah ulayat nagari tidak diurus oleh Dinas, melainkan oleh ninik mamak kaum masing-masing. Mobil jenazah disediakan oleh masjid atau rumah sakit.

## Pertanyaan yang Sering Muncul

### Apakah warga luar Kota Solok boleh dimakamkan di TPU?

Boleh, dengan retribusi dua kali lipat dari tarif warga kota.

### Bolehkah membangun kijing atau cungkup?

Kijing rendah setinggi paling tinggi 30 cm diperbolehkan; cungkup beratap tidak diizinkan.

### Bagaimana jika ahli waris berada di luar kota?

Perpanjangan izin dapat dilakukan secara daring dan dibayar melalui transfer.

## Kontak Petugas

Kantor Dinas Perumahan dan Kawasan Permukiman Kota Solok, Jalan Kapten Bahar Hamid No. 3. Petugas piket TPU: 0813-6330-2195. Surel makam@solokkota.example.invalid.

""" + END + "\n"
