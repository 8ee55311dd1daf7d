"""Kota Blitar: PBB-P2 (md), sampah (html), parkir (md), fogging DBD (md)."""

from content_nasional import END, NOTE

PBB = {
    "path": "id/blitar/pbb-p2.md",
    "fields": {
        "title": "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kota Blitar",
        "lang": "id",
        "country": "ID",
        "region": "Kota Blitar",
        "agency": "Badan Pengelola Keuangan dan Aset Daerah (BPKAD) Kota Blitar",
        "source": "https://bpkad.blitarkota.example.invalid/pajak/pbb-p2",
        "updated": "2026-01-19",
        "note": NOTE,
    },
    "body": f"""# Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kota Blitar

## Pengertian

PBB-P2 adalah pajak daerah atas tanah dan/atau bangunan yang dimiliki, dikuasai atau dimanfaatkan di wilayah Kota Blitar, kecuali kawasan perkebunan, perhutanan dan pertambangan. Pajak ini ditetapkan setiap tahun oleh Pemerintah Kota Blitar dan dikelola oleh Badan Pengelola Keuangan dan Aset Daerah (BPKAD).

## Wajib Pajak

Wajib pajak adalah orang pribadi atau badan yang memiliki hak atas tanah, memperoleh manfaat atas tanah, atau memiliki, menguasai dan memanfaatkan bangunan. Jika pemilik tanah berbeda dengan pemilik bangunan, keduanya dapat tercatat pada objek yang sama. Penyewa rumah tidak otomatis menjadi wajib pajak kecuali tercantum dalam perjanjian sewa yang didaftarkan.

## SPPT dan Cara Mendapatkannya

Surat Pemberitahuan Pajak Terutang (SPPT) tahun 2026 dibagikan melalui ketua RT dan kelurahan mulai 2 Maret 2026. SPPT juga dapat diunduh sendiri sebagai e-SPPT di portal PBB Daring Kota Blitar (pbb.blitarkota.example.invalid) dengan memasukkan Nomor Objek Pajak (NOP) dan NIK pemilik.

## Tarif dan Cara Menghitung

| Nilai Jual Objek Pajak (NJOP) | Tarif |
|---|---|
| Sampai dengan Rp1.000.000.000 | 0,1% |
| Di atas Rp1.000.000.000 sampai Rp5.000.000.000 | 0,15% |
| Di atas Rp5.000.000.000 | 0,2% |

NJOP Tidak Kena Pajak (NJOPTKP) sebesar Rp15.000.000 diberikan satu kali untuk setiap wajib pajak, pada satu objek saja. Contoh: rumah dengan NJOP Rp215.000.000 dikurangi NJOPTKP menjadi Rp200.000.000; dikalikan 0,1% hasilnya PBB terutang Rp200.000 per tahun.

## Jatuh Tempo dan Tempat Membayar

Batas akhir pembayaran PBB-P2 tahun 2026 adalah 31 Agustus 2026. Pembayaran dapat dilakukan di:

- Teller dan ATM bank yang ditunjuk Pemerintah Kota Blitar.
- Kantor pos dan gerai minimarket dengan menyebutkan NOP.
- Aplikasi dompet digital dan mobile banking dengan memindai kode QRIS pada SPPT.
- Petugas juru pungut kelurahan yang membawa surat tugas dan memberikan tanda terima resmi.

Ketetapan di atas Rp2.000.000 dapat diangsur paling banyak 3 kali, asalkan angsuran terakhir lunas sebelum jatuh tempo.

## Sanksi Keterlambatan

Pembayaran setelah jatuh tempo dikenai sanksi administratif 1% per bulan dari pokok pajak, dihitung paling lama 24 bulan. Contoh: PBB Rp200.000 yang baru dibayar tiga bulan setelah jatuh tempo dikenai sanksi Rp6.000, sehingga total yang dibayar Rp206.000.

## Pengurangan dan Keringanan

Pengurangan sampai 50% dapat diberikan kepada:

- Veteran dan pensiunan yang berpenghasilan rendah.
- Warga lanjut usia di atas 65 tahun yang tidak memiliki penghasilan tetap.
- Pemilik objek yang terkena bencana alam atau kebakaran.

Permohonan diajukan dengan Formulir PP-3, dilampiri KTP, SPPT tahun berjalan dan surat keterangan dari kelurahan, paling lambat 3 bulan sejak SPPT diterima. Keputusan diterbitkan paling lama 20 hari kerja.

## Balik Nama dan Pembetulan SPPT

Setelah jual beli, hibah, warisan atau pemecahan bidang, nama pada SPPT perlu dimutasi. Lampirkan sertifikat atau akta jual beli, KTP pemilik baru, dan bukti lunas PBB tahun terakhir. Mutasi selesai dalam 7 hari kerja. Pembetulan kesalahan luas tanah atau penulisan nama selesai dalam 5 hari kerja dan tidak dipungut biaya.

## Loket Pelayanan

Loket PBB-P2 berada di Kantor BPKAD Kota Blitar, Jl. Merdeka No. 73, Kota Blitar.

- Senin sampai Kamis: 07.30–15.00 WIB
- Jumat: 07.30–13.30 WIB
- Mobil PBB keliling: setiap Sabtu pukul 08.00–12.00 di Taman Kebonrojo

## Tanya Jawab

### SPPT saya belum sampai, apa yang harus dilakukan?

Tanyakan ke ketua RT atau kelurahan. Jika tetap tidak ada, unduh e-SPPT di portal atau minta salinan di loket dengan membawa KTP.

### Rumah sudah saya jual, tetapi SPPT masih atas nama saya. Siapa yang membayar?

Selama mutasi belum diajukan, tagihan tetap atas nama Anda. Segera ajukan balik nama bersama pembeli.

### Apakah bukti bayar dari minimarket sah?

Sah. Simpan struknya; status lunas juga dapat dicek di portal paling lambat 1 hari kerja setelah membayar.

## Kontak

- Telepon layanan PBB: (0342) 555-0731
- WhatsApp: 0813-5550-0731
- Surel: pbb@bpkad.blitarkota.example.invalid

{END}
""",
}

SAMPAH = {
    "path": "id/blitar/sampah-rumah-tangga.html",
    "format": "html",
    "agency_short": "Dinas Lingkungan Hidup Kota Blitar",
    "fields": {
        "title": "Pengangkutan Sampah Rumah Tangga dan Sampah Besar di Kota Blitar",
        "lang": "id",
        "country": "ID",
        "region": "Kota Blitar",
        "agency": "Dinas Lingkungan Hidup Kota Blitar",
        "source": "https://dlh.blitarkota.example.invalid/layanan/pengangkutan-sampah",
        "updated": "2026-04-08",
        "note": NOTE,
    },
    "body": f"""# Pengangkutan Sampah Rumah Tangga dan Sampah Besar di Kota Blitar

## Tentang Layanan

Dinas Lingkungan Hidup (DLH) Kota Blitar mengangkut sampah rumah tangga dari tempat penampungan sementara (TPS) dan dari depan rumah di jalur truk sampah, lalu membawanya ke Tempat Pemrosesan Akhir. Warga yang tinggal di gang sempit menaruh sampah di TPS terdekat atau memakai gerobak sampah yang dikelola RW. Truk pengangkut berwarna hijau bertuliskan DLH Kota Blitar, dan petugasnya memakai seragam oranye dengan kartu tanda pengenal.

## Siapa yang Dilayani

- Rumah tangga di seluruh kelurahan Kota Blitar.
- Usaha kecil seperti warung, toko kelontong dan kios.
- Sekolah, tempat ibadah dan kantor pemerintah.

Hotel, rumah makan besar, pasar swasta dan pabrik wajib membuat perjanjian pengangkutan tersendiri dengan DLH.

## Jadwal Pengangkutan

| Kecamatan | Hari pengangkutan | Jam |
|---|---|---|
| Sananwetan | Senin, Rabu, Jumat | 05.30–10.00 |
| Kepanjenkidul | Selasa, Kamis, Sabtu | 05.30–10.00 |
| Sukorejo | Senin, Kamis, Sabtu | 06.00–11.00 |

Letakkan sampah paling lambat pukul 05.00 pada hari pengangkutan. Pada hari libur nasional jadwal bergeser ke hari berikutnya.

## Retribusi Kebersihan

- Rumah tangga: Rp10.000 per bulan.
- Usaha kecil: Rp25.000 per bulan.
- Usaha sedang, misalnya bengkel atau laundry: Rp60.000 per bulan.

Retribusi ditagih oleh petugas kelurahan atau dibayar lewat aplikasi Blitar Resik, dan dapat dibayar sekaligus untuk 12 bulan.

## Sampah Besar

Barang bekas berukuran besar seperti kasur, sofa, lemari dan kursi diangkut dengan jadwal khusus setiap Sabtu.

- Daftar lewat WhatsApp Angkut Besar 0812-5550-2210 paling lambat hari Kamis sebelumnya.
- Sebutkan nama, alamat, jenis barang dan kirim fotonya.
- Paling banyak 3 barang untuk setiap rumah dalam satu kunjungan.
- Biaya Rp40.000 per kunjungan, dibayar kepada petugas dengan karcis resmi.

## Memilah Sampah di Rumah

Pisahkan sampah organik (sisa makanan, daun) dari sampah anorganik (plastik, kertas, kaleng). Sampah anorganik yang bersih dapat disetor ke bank sampah kelurahan dan ditukar dengan tabungan. Sampah organik dianjurkan diolah menjadi kompos. Di kelurahan yang sudah memiliki TPS3R, sampah yang sudah dipilah diambil dengan gerobak terpisah setiap hari Minggu pagi.

## Yang Tidak Diangkut

Layanan ini tidak termasuk pengangkutan puing bangunan, tanah urug, limbah bahan berbahaya dan beracun (aki, oli bekas, lampu neon), limbah medis, serta batang pohon hasil penebangan. Untuk puing dan limbah B3 silakan hubungi DLH agar diarahkan ke pengelola berizin.

## Sanksi Membuang Sampah Sembarangan

Membuang sampah di sungai, saluran air, lahan kosong atau di luar jam yang ditentukan dapat dikenai denda paling banyak Rp500.000 sesuai peraturan daerah. Pelanggaran dicatat oleh petugas DLH bersama Satpol PP.

## Sampah Tidak Terangkut

Jika sampah di jalur Anda tidak diangkut sesuai jadwal, laporkan ke pusat pengaduan DLH di (0342) 555-0460 dengan menyebutkan alamat dan tanggal. Laporan ditindaklanjuti paling lama 2 x 24 jam.

## Tanya Jawab

### Bolehkah sampah ditaruh malam sebelumnya?

Boleh setelah pukul 21.00, asalkan dalam kantong tertutup supaya tidak dibongkar hewan.

### Saya pindah rumah dan punya banyak kardus. Apakah diangkut?

Kardus yang dilipat dan diikat diangkut seperti sampah biasa, paling banyak 10 ikat.

### Apakah ranting hasil pangkas pohon diangkut?

Ranting kecil yang diikat diangkut. Batang pohon besar tidak termasuk layanan ini.

### Apakah pengangkutan tetap berjalan saat hujan deras?

Tetap berjalan. Jika jalan tergenang dan truk tidak dapat lewat, sampah diambil pada hari pengangkutan berikutnya.

## Kantor dan Kontak

Kantor DLH Kota Blitar, Jl. Cokroaminoto No. 41, Kota Blitar. Buka Senin sampai Jumat pukul 07.30–15.30 WIB. Surel: kebersihan@dlh.blitarkota.example.invalid

{END}
""",
}

PARKIR = {
    "path": "id/blitar/parkir-tepi-jalan.md",
    "fields": {
        "title": "Parkir Tepi Jalan Umum dan Parkir Berlangganan di Kota Blitar",
        "lang": "id",
        "country": "ID",
        "region": "Kota Blitar",
        "agency": "Dinas Perhubungan Kota Blitar",
        "source": "https://dishub.blitarkota.example.invalid/parkir",
        "updated": "2026-03-23",
        "note": NOTE,
    },
    "body": f"""# Parkir Tepi Jalan Umum dan Parkir Berlangganan di Kota Blitar

## Gambaran Umum

Dinas Perhubungan Kota Blitar mengelola parkir di tepi jalan umum, yaitu di badan jalan dan bahu jalan yang ditetapkan sebagai lokasi parkir. Setiap kendaraan yang parkir di lokasi tersebut membayar retribusi sesuai tarif resmi kepada juru parkir yang ditugaskan, atau memakai stiker parkir berlangganan.

## Lokasi dan Jam Berlaku

Parkir tepi jalan berlaku di ruas yang diberi rambu "P" dan marka kotak putih, antara lain di sekitar Alun-alun, Pasar Legi dan kawasan pertokoan Jalan Merdeka. Retribusi dipungut pukul 06.00–21.00 WIB setiap hari. Di luar jam itu parkir tetap boleh di ruas yang sama, tetapi tanpa pungutan.

## Tarif Sekali Parkir

| Jenis kendaraan | Tarif sekali parkir | Tarif saat acara besar |
|---|---|---|
| Sepeda | Rp1.000 | Rp1.000 |
| Sepeda motor | Rp2.000 | Rp3.000 |
| Mobil penumpang | Rp4.000 | Rp6.000 |
| Mobil barang dan pikap | Rp5.000 | Rp7.000 |
| Bus dan truk | Rp8.000 | Rp10.000 |

Tarif acara besar hanya berlaku di lokasi dan tanggal yang diumumkan Dinas Perhubungan, misalnya saat perayaan hari jadi kota.

## Stiker Parkir Berlangganan

Pemilik kendaraan berpelat Kota Blitar dapat membeli stiker parkir berlangganan yang berlaku 1 tahun di semua lokasi parkir tepi jalan:

- Sepeda motor: Rp75.000 per tahun.
- Mobil penumpang: Rp140.000 per tahun.
- Mobil barang: Rp180.000 per tahun.

Stiker dibeli di loket Dinas Perhubungan atau lewat aplikasi SiParkir Blitar dengan menyiapkan foto STNK. Tempel stiker di kaca depan (mobil) atau di bodi depan (motor).

## Mengenali Juru Parkir Resmi

- Memakai rompi oranye bertuliskan Dinas Perhubungan Kota Blitar.
- Membawa kartu tanda pengenal dengan foto dan nomor register.
- Memberikan karcis bernomor seri setiap kali menerima pembayaran.

Juru parkir resmi tidak boleh menarik biaya dari kendaraan yang sudah berstiker langganan.

## Pelanggaran dan Sanksi

Kendaraan yang parkir di lokasi terlarang, seperti di depan pintu darurat, di trotoar, di tikungan atau di ruas bertanda dilarang parkir, dapat:

- Digembok roda, dengan biaya pembukaan gembok Rp150.000.
- Diderek, dengan biaya derek Rp250.000 ditambah biaya penyimpanan Rp20.000 per hari.

Biaya dibayar non-tunai lewat kode pembayaran yang tertera pada surat tilang parkir.

## Mengambil Kendaraan yang Diderek

Kendaraan hasil derek disimpan di Pool Dinas Perhubungan, Jl. Veteran No. 88, Kota Blitar. Pengambilan dilayani setiap hari pukul 08.00–20.00 WIB. Bawa STNK asli, KTP pemilik atau surat kuasa, dan bukti pembayaran. Kendaraan yang tidak diambil dalam 30 hari akan diproses sesuai ketentuan barang temuan.

## Melaporkan Pungutan Liar

Laporkan juru parkir yang meminta tarif di atas ketentuan atau tidak memberikan karcis lewat WhatsApp Pengaduan Parkir 0813-5550-4488. Sertakan lokasi, waktu dan foto bila ada.

## Yang Tidak Termasuk

Layanan ini tidak termasuk parkir di pusat perbelanjaan, rumah sakit swasta, hotel dan tempat usaha lain yang dikelola pihak swasta; tarif di sana ditentukan pengelolanya sendiri.

## Tanya Jawab

**Stiker langganan hilang atau kaca mobil diganti, bagaimana?**

Ajukan penggantian di loket dengan membawa STNK; biaya cetak ulang Rp10.000.

**Apakah kendaraan berpelat luar kota bisa berlangganan?**

Belum. Kendaraan berpelat luar kota membayar tarif sekali parkir.

**Juru parkir meminta Rp5.000 untuk motor, apakah benar?**

Tidak, kecuali pada acara besar yang diumumkan. Tarif motor sehari-hari Rp2.000.

## Kontak

Kantor Dinas Perhubungan Kota Blitar, Jl. Veteran No. 88, Kota Blitar. Loket buka Senin sampai Jumat pukul 07.30–15.00 WIB. Telepon (0342) 555-0275, surel parkir@dishub.blitarkota.example.invalid.

{END}
""",
}

FOGGING = {
    "path": "id/blitar/fogging-dbd.md",
    "fields": {
        "title": "Permohonan Fogging dan Pencegahan Demam Berdarah (DBD) di Kota Blitar",
        "lang": "id",
        "country": "ID",
        "region": "Kota Blitar",
        "agency": "Dinas Kesehatan Kota Blitar",
        "source": "https://dinkes.blitarkota.example.invalid/layanan/fogging-dbd",
        "updated": "2026-02-05",
        "note": NOTE,
    },
    "body": f"""# Permohonan Fogging dan Pencegahan Demam Berdarah (DBD) di Kota Blitar

## Tentang Fogging Fokus

Fogging fokus adalah pengasapan dengan insektisida untuk membunuh nyamuk Aedes aegypti dewasa di sekitar rumah penderita demam berdarah dengue (DBD). Fogging hanya memutus penularan sesaat; jentik nyamuk tidak mati oleh asap. Karena itu fogging selalu didahului pemeriksaan lapangan dan diikuti gerakan pemberantasan sarang nyamuk.

## Kapan Fogging Dilakukan

Dinas Kesehatan Kota Blitar melakukan fogging bila hasil penyelidikan epidemiologi (PE) menemukan:

- Ada penderita DBD yang terkonfirmasi rumah sakit atau puskesmas, dan
- Ditemukan penderita panas tanpa sebab lain atau tambahan kasus DBD di sekitar rumah penderita, dan
- Ditemukan jentik nyamuk di paling sedikit 5% rumah yang diperiksa.

Bila syarat tidak terpenuhi, petugas melakukan penyuluhan dan pemberantasan sarang nyamuk tanpa fogging.

## Cara Mengajukan

1. Ketua RT atau keluarga penderita melapor ke puskesmas wilayah dengan mengisi Formulir LK-DBD.
2. Petugas puskesmas melakukan penyelidikan epidemiologi paling lambat 3 x 24 jam setelah laporan diterima.
3. Hasil PE dikirim ke Dinas Kesehatan untuk diputuskan.
4. Jika disetujui, jadwal fogging diberitahukan kepada ketua RT paling lambat 1 hari sebelumnya.

## Berkas Pendukung

- Surat keterangan diagnosis DBD atau hasil laboratorium dari rumah sakit/puskesmas.
- Formulir LK-DBD yang ditandatangani ketua RT.
- Fotokopi KTP pelapor.

## Pelaksanaan Fogging

Fogging dilakukan 2 siklus dengan jarak 7 hari, dalam radius 200 meter dari rumah penderita. Pengasapan dikerjakan pagi hari pukul 06.00–09.00 atau sore hari pukul 16.00–18.00, saat nyamuk paling aktif dan angin tidak terlalu kencang.

## Biaya

Fogging fokus oleh Dinas Kesehatan tidak dipungut biaya. Petugas tidak boleh meminta uang bensin atau uang insektisida kepada warga.

## Persiapan Sebelum Pengasapan

- Tutup makanan, minuman dan peralatan makan.
- Keluarkan hewan peliharaan, kandang burung dan akuarium dari jalur asap atau tutup rapat.
- Buka pintu dan jendela agar asap masuk ke dalam rumah, lalu tunggu di luar paling sedikit 30 menit.
- Matikan kompor dan api terbuka.

## Abatisasi dan PSN 3M Plus

Cara paling ampuh mencegah DBD adalah pemberantasan sarang nyamuk (PSN) 3M Plus: menguras, menutup tempat penampungan air, dan mendaur ulang barang bekas, ditambah memakai kelambu dan lotion antinyamuk. Kader juru pemantau jentik (Jumantik) memeriksa rumah warga setiap hari Jumat; izinkan mereka memeriksa bak mandi, dispenser dan pot tanaman. Bubuk larvasida (abate) dapat diminta gratis di puskesmas. Takarannya 10 gram untuk 100 liter air, diulang setiap 2 bulan.

## Yang Tidak Dilayani

Layanan ini tidak termasuk fogging atas permintaan perorangan tanpa kasus DBD, fogging untuk hajatan atau acara, maupun pengasapan gudang dan kawasan usaha. Kebutuhan itu dapat dilayani penyedia jasa pengendalian hama berizin atas biaya sendiri.

## Tanya Jawab

### Kenapa rumah saya tidak difogging padahal tetangga kena DBD?

Mungkin rumah Anda berada di luar radius 200 meter, atau hasil PE tidak memenuhi syarat. Tanyakan hasil PE ke puskesmas.

### Apakah asap fogging berbahaya?

Dosis yang dipakai aman bila warga menunggu di luar rumah selama pengasapan dan 30 menit sesudahnya. Anak kecil dan penderita asma sebaiknya menjauh.

### Berapa lama hasil penyelidikan keluar?

Paling lambat 3 x 24 jam setelah laporan diterima puskesmas.

### Di rumah banyak nyamuk, tetapi tidak ada yang sakit. Bisakah minta fogging?

Tidak. Lakukan PSN 3M Plus dan minta bubuk abate di puskesmas; fogging tanpa kasus justru membuat nyamuk kebal insektisida.

## Kontak

- Layanan DBD Dinas Kesehatan Kota Blitar: (0342) 555-0912
- Kantor: Jl. Ciliwung No. 9, Kota Blitar, Senin sampai Jumat 07.30–15.30 WIB
- Surel: p2p@dinkes.blitarkota.example.invalid

{END}
""",
}

DOCS = [PBB, SAMPAH, PARKIR, FOGGING]
