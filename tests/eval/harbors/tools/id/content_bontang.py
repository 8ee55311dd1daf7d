"""Content of the three Kota Bontang documents (Markdown bodies; converted per format)."""

MAKAM = {
    "path": "id/bontang/pemakaman-tpu.md",
    "fmt": "md",
    "title": "Layanan Pemakaman dan Sewa Petak Makam di TPU Kota Bontang",
    "region": "Kota Bontang",
    "agency": "Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bontang",
    "source": "https://example.invalid/bontangkota/disperkimtan/pemakaman",
    "updated": "2026-02-12",
    "service": "pemakaman dan petak makam TPU",
    "body": """
## Cakupan Layanan

Pemerintah Kota Bontang menyediakan tempat pemakaman umum (TPU) bagi warga yang meninggal dunia. Layanan ini meliputi izin pemakaman, penyediaan petak makam, penggalian dan penutupan liang, perpanjangan sewa petak, serta pengaturan nisan dan bangunan makam. Pengelolaannya dilakukan oleh Dinas Perumahan, Kawasan Permukiman dan Pertanahan Kota Bontang bersama petugas jaga di setiap TPU. Pemulasaraan dan pemandian jenazah diselenggarakan oleh rumah sakit atau pengurus rumah ibadah setempat dan tidak diatur di halaman ini.

## Daftar TPU

- TPU Muslim Gunung Elai, Kecamatan Bontang Utara;
- TPU Muslim Tanjung Laut, Kecamatan Bontang Selatan;
- TPU Muslim Loktuan, Kecamatan Bontang Utara;
- TPU Kristen Bontang Lestari, Kecamatan Bontang Selatan;
- TPU Umum Kanaan, Kecamatan Bontang Barat.

Ketersediaan petak di tiap TPU dapat ditanyakan ke petugas jaga atau melalui kontak di bawah.

## Syarat Izin Pemakaman

1. Surat keterangan kematian dari rumah sakit, puskesmas, atau kelurahan.
2. Fotokopi KTP elektronik dan Kartu Keluarga almarhum.
3. Fotokopi KTP elektronik ahli waris atau pelapor.
4. Surat pengantar RT bila kematian terjadi di rumah.

Izin pemakaman diterbitkan pada hari yang sama. Bila kematian terjadi pada malam hari atau hari libur, berkas dapat diserahkan kepada petugas jaga TPU dan dilengkapi paling lambat 3 hari kerja setelah pemakaman.

## Retribusi Petak Makam

Warga ber-KTP Bontang membayar retribusi petak makam Rp150.000 untuk masa 3 tahun. Almarhum yang tidak ber-KTP Bontang dikenai Rp400.000 untuk masa yang sama. Jasa penggalian dan penutupan liang oleh petugas TPU Rp350.000. Warga tidak mampu yang membawa surat keterangan dari kelurahan dibebaskan dari seluruh biaya. Pembayaran dilakukan di kantor dinas atau melalui aplikasi Bontang Melayani dan dibuktikan dengan kartu makam yang memuat nomor blok dan nomor petak.

## Perpanjangan Sewa Petak

Sewa petak diperpanjang setiap 3 tahun dengan biaya Rp100.000 per periode. Pemberitahuan perpanjangan dikirim kepada ahli waris yang tercatat. Perpanjangan dapat dibayar di kantor dinas atau melalui aplikasi Bontang Melayani.

## Makam Tumpang

Satu petak dapat dipakai untuk makam tumpang bagi anggota keluarga setelah jenazah sebelumnya dimakamkan paling singkat 3 tahun, dengan persetujuan tertulis ahli waris. Makam tumpang tidak dikenai retribusi petak baru, hanya jasa penggalian.

## Ketentuan Nisan dan Bangunan Makam

Tinggi nisan paling tinggi 60 cm dari permukaan tanah. Makam tidak boleh diberi cungkup atau pagar permanen dan tidak boleh diperluas melewati batas petak. Penanaman pohon besar di atas makam tidak diizinkan karena akarnya merusak petak di sekitarnya. Pemasangan nisan boleh dikerjakan keluarga sendiri atau tukang pilihan keluarga, dengan memberi tahu petugas jaga lebih dulu.

## Makam Tidak Diperpanjang

Petak yang tidak diperpanjang selama 2 periode berturut-turut dinyatakan tidak terawat. Dinas memasang pengumuman di lokasi dan mengirim surat kepada ahli waris; bila dalam 60 hari tidak ada tanggapan, petak dapat dipakai untuk makam tumpang atau pemakaman lain sesuai aturan.

## Kantor dan Jam Pelayanan

Kantor pelayanan pemakaman berada di Jl. Awang Long No. 54, Bontang. Jam layanan Senin sampai Kamis pukul 07.30–16.00 dan Jumat pukul 07.30–11.30. Petugas jaga TPU siaga 24 jam untuk pemakaman yang mendesak. Kartu makam yang hilang dapat dicetak ulang di kantor ini dengan membawa KTP ahli waris.

## Kontak Darurat dan Pengaduan

Ambulans jenazah gratis bagi warga Bontang dapat dipesan di (0548) 302-118 selama 24 jam. Pengaduan layanan pemakaman disampaikan melalui WhatsApp 0812-5560-7731 atau e-mail makam.bontang@example.invalid.

## Pertanyaan Warga

**Bisakah memesan petak sebelum meninggal?** Tidak. Petak hanya diberikan pada saat pemakaman, kecuali untuk makam tumpang di petak keluarga.

**Apakah pemakaman di TPU bisa pada malam hari?** Bisa, dengan menghubungi petugas jaga TPU terlebih dahulu.

**Jenazah dari luar kota akan dimakamkan di Bontang, apa syaratnya?** Sama dengan syarat di atas, ditambah surat keterangan kematian dari daerah asal; retribusi mengikuti tarif bagi yang tidak ber-KTP Bontang.
""",
}

REKLAME = {
    "path": "id/bontang/izin-reklame.md",
    "fmt": "md",
    "title": "Izin dan Pajak Reklame Kota Bontang",
    "region": "Kota Bontang",
    "agency": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bontang",
    "source": "https://example.invalid/bontangkota/dpmptsp/izin-reklame",
    "updated": "2026-03-05",
    "service": "izin dan pajak reklame",
    "body": """
## Pengertian

Reklame adalah benda, alat, atau media yang dipasang untuk memperkenalkan, menganjurkan, atau mempromosikan barang, jasa, atau usaha, sehingga dapat dilihat oleh umum. Setiap pemasangan reklame di Kota Bontang memerlukan izin penyelenggaraan reklame dari DPMPTSP dan wajib membayar pajak reklame. Pajak reklame dipungut oleh Badan Pendapatan Daerah Kota Bontang, sedangkan izinnya diterbitkan DPMPTSP; keduanya dapat diurus dalam satu permohonan.

## Jenis Reklame yang Memerlukan Izin

- papan reklame, billboard, dan videotron;
- neon box dan papan nama bercahaya;
- spanduk, umbul-umbul, dan baliho;
- reklame pada kendaraan;
- reklame selebaran dan peragaan di tempat umum.

## Reklame yang Dikecualikan

Papan nama usaha dengan luas sampai 1 meter persegi yang dipasang di tempat usaha sendiri tidak memerlukan izin dan tidak dikenai pajak. Reklame kegiatan sosial, keagamaan, dan pemerintahan tetap harus dilaporkan, tetapi dibebaskan dari pajak.

## Dokumen Persyaratan

1. Formulir permohonan yang ditandatangani pemohon.
2. Fotokopi KTP elektronik dan NIB bagi badan usaha.
3. Desain dan ukuran reklame, serta foto lokasi pemasangan.
4. Surat persetujuan pemilik lahan atau bangunan.
5. Gambar konstruksi untuk billboard dan videotron.

## Tarif Pajak Reklame

| Jenis reklame | Tarif pajak |
|---|---|
| Billboard atau papan reklame | Rp22.000 per meter persegi per bulan |
| Neon box | Rp18.000 per meter persegi per bulan |
| Videotron | Rp45.000 per meter persegi per bulan |
| Spanduk atau umbul-umbul | Rp8.500 per lembar per minggu |
| Baliho | Rp15.000 per meter persegi per minggu |
| Reklame kendaraan | Rp250.000 per kendaraan per tahun |

Untuk spanduk dan baliho, pemohon menyetor uang jaminan bongkar Rp100.000 per titik yang dikembalikan bila reklame dicopot sendiri tepat waktu.

## Tahapan Pengurusan

1. Ajukan permohonan melalui portal SiReklame Bontang atau loket DPMPTSP.
2. Petugas memeriksa berkas dan, untuk billboard, meninjau lokasi.
3. Pemohon menerima surat ketetapan pajak reklame.
4. Pajak dibayar melalui kode bayar.
5. Izin terbit bersama stiker tanda lunas yang wajib ditempel pada reklame.

Pemasangan baru boleh dilakukan setelah izin terbit. Billboard wajib dikerjakan oleh penyedia konstruksi yang memiliki sertifikat badan usaha.

## Lama Proses dan Masa Berlaku

Izin spanduk, umbul-umbul, dan baliho selesai dalam 5 hari kerja. Izin billboard, neon box, dan videotron selesai dalam 14 hari kerja karena memerlukan peninjauan konstruksi. Izin spanduk berlaku paling lama 30 hari, sedangkan izin billboard berlaku 1 tahun dan dapat diperpanjang.

## Lokasi yang Dilarang

Reklame tidak boleh dipasang pada pohon, tiang listrik, tiang telepon, rambu dan lampu lalu lintas, jembatan, median jalan, serta dalam radius 50 meter dari sekolah dan rumah ibadah. Reklame rokok dilarang di seluruh kawasan tanpa rokok. Peta titik reklame yang diperbolehkan dapat dilihat di portal SiReklame Bontang.

## Sanksi dan Penertiban

Reklame tanpa izin, kedaluwarsa, atau dipasang di lokasi terlarang dibongkar oleh Satpol PP. Pemilik dikenai biaya pembongkaran Rp500.000 per titik. Keterlambatan membayar pajak reklame dikenai sanksi administrasi 2% per bulan. Uang jaminan bongkar tidak dikembalikan bila spanduk dicopot oleh petugas.

## Kantor, Jam Layanan dan Kanal Daring

Loket DPMPTSP Kota Bontang di Jl. Bessai Berinta No. 8, Bontang, buka Senin sampai Kamis pukul 08.00–15.00 dan Jumat pukul 08.00–11.00. Portal SiReklame Bontang melayani permohonan dan perpanjangan 24 jam. Telepon (0548) 303-415, e-mail reklame.bontang@example.invalid.

## Tanya Jawab

**Apakah izin spanduk bisa diperpanjang?** Bisa satu kali untuk 30 hari berikutnya, dengan membayar pajak periode baru.

**Siapa yang memasang stiker tanda lunas?** Pemohon sendiri, di sudut kanan bawah reklame agar mudah diperiksa petugas.

**Mobil pribadi saya ditempeli logo usaha sendiri, apakah kena pajak?** Ya, itu termasuk reklame kendaraan karena mempromosikan usaha.
""",
}

BANJIR = {
    "path": "id/bontang/bantuan-korban-banjir.md",
    "fmt": "md",
    "title": "Bantuan Korban Banjir dan Tanggap Darurat di Kota Bontang",
    "region": "Kota Bontang",
    "agency": "Badan Penanggulangan Bencana Daerah Kota Bontang",
    "source": "https://example.invalid/bontangkota/bpbd/bantuan-banjir",
    "updated": "2026-01-08",
    "service": "bantuan banjir dan tanggap darurat",
    "body": """
## Tentang Layanan

Badan Penanggulangan Bencana Daerah (BPBD) Kota Bontang menangani warga yang terdampak banjir, mulai dari evakuasi dan bantuan logistik saat tanggap darurat sampai bantuan perbaikan rumah setelah banjir surut. Halaman ini menjelaskan cara melapor, jenis bantuan, syarat, dan waktu penyalurannya. Banjir di Bontang umumnya terjadi ketika hujan lebat datang bersamaan dengan air pasang, terutama di permukiman sepanjang aliran sungai.

## Siapa yang Dapat Dibantu

Bantuan diberikan kepada warga yang tinggal di Kota Bontang dan terdampak langsung banjir, baik pemilik rumah maupun penyewa. Bantuan logistik diberikan per kepala keluarga di lokasi terdampak. Bantuan perbaikan rumah hanya diberikan kepada pemilik rumah yang rumahnya ditinggali sendiri.

## Cara Melapor Saat Banjir

Laporkan genangan, warga yang terjebak, atau kebutuhan evakuasi ke Pusat Pengendalian Operasi (Pusdalops) BPBD yang siaga 24 jam di telepon (0548) 305-112 atau WhatsApp 0811-5580-2266. Laporan juga dapat dikirim lewat aplikasi Bontang Siaga dengan foto dan titik lokasi. Sebutkan jumlah warga, lansia, balita, dan penyandang disabilitas. Petugas Pusdalops meneruskan laporan kepada Tim Reaksi Cepat yang bergerak ke lokasi.

## Bantuan Masa Tanggap Darurat

Selama status tanggap darurat BPBD menyediakan evakuasi dengan perahu karet, tenda pengungsian, dapur umum, dan layanan kesehatan bersama puskesmas. Setiap kepala keluarga terdampak menerima paket logistik berisi beras 10 kg, minyak goreng 2 liter, mi instan satu dus, selimut, dan perlengkapan kebersihan. Warga yang memilih bertahan di rumah tetap dapat menerima paket logistik melalui ketua RT. Kebutuhan khusus seperti susu formula, popok, dan obat rutin dapat diminta di posko.

## Bantuan Setelah Banjir Surut

Rumah yang rusak akibat banjir dapat menerima bantuan perbaikan berupa uang tunai yang ditransfer ke rekening pemilik:

- rusak ringan: Rp5.000.000;
- rusak sedang: Rp12.500.000;
- rusak berat: Rp25.000.000.

Tingkat kerusakan ditetapkan oleh tim penilai BPBD dan Dinas Pekerjaan Umum, bukan oleh pemohon. Kerusakan kendaraan, perabot, dan barang dagangan tidak termasuk bantuan ini.

## Syarat Pengajuan Bantuan Perbaikan

- fotokopi KTP elektronik dan Kartu Keluarga;
- bukti kepemilikan rumah (sertifikat, akta jual beli, atau surat keterangan tanah);
- foto kerusakan rumah dari beberapa sisi;
- surat keterangan terdampak dari lurah;
- nomor rekening bank atas nama pemilik rumah.

## Pendataan dan Verifikasi

Pendataan awal dilakukan oleh ketua RT dan kelurahan. Pemilik rumah yang belum terdata dapat mengajukan sendiri ke kelurahan paling lambat 14 hari setelah banjir surut. Tim penilai mengunjungi rumah untuk memotret dan mengukur kerusakan. Hasil penilaian dicatat dalam berita acara yang ditandatangani pemilik rumah dan tim penilai. Pemilik yang tidak setuju dengan tingkat kerusakan dapat mengajukan keberatan ke BPBD dalam 7 hari kerja.

## Waktu Penyaluran

Bantuan perbaikan disalurkan paling lama 30 hari kerja setelah hasil verifikasi ditetapkan dengan keputusan kepala BPBD. Daftar penerima diumumkan di kantor kelurahan dan aplikasi Bontang Siaga. Bila rekening tidak aktif atau nama pemilik rekening berbeda, dana ditahan sampai pemilik memperbarui data di kelurahan.

## Titik Pengungsian

Titik pengungsian sementara disiapkan di gedung serbaguna kelurahan, sekolah, dan masjid yang berada di tempat tinggi, antara lain di Kelurahan Api-Api, Gunung Elai, dan Bontang Baru. Lokasi yang dibuka setiap kejadian banjir diumumkan lewat aplikasi dan pengeras suara kelurahan.

## Kantor dan Jam Layanan

Kantor BPBD Kota Bontang berada di Jl. Brigjend Katamso No. 21, Bontang. Pelayanan administrasi bantuan Senin sampai Jumat pukul 08.00–16.00. Pusdalops melayani laporan darurat 24 jam setiap hari. E-mail bpbd.bontang@example.invalid.

## Pertanyaan Umum

**Saya mengontrak rumah, apakah bisa menerima bantuan perbaikan rumah?** Tidak. Bantuan perbaikan diberikan kepada pemilik rumah, sedangkan penyewa tetap berhak atas bantuan logistik.

**Apakah bantuan bisa diterima dua kali dalam setahun?** Bisa bila rumah kembali rusak pada kejadian banjir lain dan lolos verifikasi ulang.
""",
}

DOCS = [MAKAM, REKLAME, BANJIR]
