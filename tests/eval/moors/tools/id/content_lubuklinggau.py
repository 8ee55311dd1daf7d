"""Kota Lubuklinggau: air bersih (docx), bantuan banjir (md), izin reklame (md)."""

from content_nasional import END, NOTE

AIR = {
    "path": "id/lubuklinggau/air-bersih-sambungan-tagihan.docx",
    "format": "docx",
    "fields": {
        "title": "Sambungan Baru, Tarif dan Tagihan Air Bersih di Kota Lubuklinggau",
        "lang": "id",
        "country": "ID",
        "region": "Kota Lubuklinggau",
        "agency": "Perumda Air Minum Tirta Bukit Sulap Kota Lubuklinggau",
        "source": "https://tirtabukitsulap.example.invalid/pelanggan/sambungan-dan-tagihan",
        "updated": "2026-03-30",
        "note": NOTE,
    },
    "body": f"""# Sambungan Baru, Tarif dan Tagihan Air Bersih di Kota Lubuklinggau

## Layanan Kami

Perumda Air Minum Tirta Bukit Sulap melayani penyediaan air bersih perpipaan bagi rumah tangga, usaha dan instansi di Kota Lubuklinggau. Halaman ini menjelaskan cara menjadi pelanggan baru, tarif pemakaian, pembayaran tagihan, serta apa yang terjadi bila tagihan menunggak.

## Syarat Pasang Baru

- Fotokopi KTP dan Kartu Keluarga pemohon.
- Bukti kepemilikan atau sewa bangunan, misalnya sertifikat, akta jual beli atau surat perjanjian sewa.
- Rekening listrik terakhir sebagai petunjuk alamat.
- Bangunan berada dalam jangkauan pipa distribusi, paling jauh 50 meter dari pipa terdekat.

## Langkah Pengajuan

- Isi Formulir Permohonan Sambungan Baru di kantor pelayanan atau lewat aplikasi TBS Mobile.
- Petugas melakukan survei lokasi paling lambat 5 hari kerja setelah formulir diterima.
- Pemohon menerima rincian biaya dan membayar di loket atau lewat transfer.
- Pemasangan pipa dan meter air dikerjakan paling lambat 10 hari kerja setelah pembayaran lunas.

## Biaya Sambungan Baru

Biaya sambungan baru untuk rumah tangga dengan meter berukuran 1/2 inci adalah Rp1.350.000, sudah termasuk meter air, pipa sampai 10 meter, dan ongkos pasang. Kelebihan panjang pipa dikenakan Rp35.000 per meter. Warga berpenghasilan rendah yang terdaftar di kelurahan dapat mengajukan cicilan sampai 6 kali bersama tagihan bulanan.

## Tarif Pemakaian Air

Tarif rumah tangga per meter kubik (m3) adalah sebagai berikut:

| Blok pemakaian | Tarif per m3 |
|---|---|
| 0 sampai 10 m3 | Rp3.600 |
| 11 sampai 20 m3 | Rp5.100 |
| Lebih dari 20 m3 | Rp7.200 |

Setiap tagihan juga memuat biaya beban tetap Rp12.000 per bulan untuk pemeliharaan meter. Contoh: pemakaian 15 m3 dihitung 10 x Rp3.600 ditambah 5 x Rp5.100 ditambah biaya beban, sehingga totalnya Rp73.500.

## Pembayaran Tagihan

Tagihan bulan berjalan dibayar tanggal 1 sampai 20 setiap bulan di:

- Loket kantor pusat dan loket unit pelayanan.
- Kantor pos, minimarket dan mobile banking, dengan nomor sambungan pelanggan.
- Aplikasi TBS Mobile, yang juga menampilkan riwayat pemakaian dan foto angka meter.

## Denda dan Pemutusan

Pembayaran setelah tanggal 20 dikenai denda Rp10.000 untuk setiap bulan keterlambatan. Sambungan yang menunggak 3 bulan berturut-turut akan diputus sementara setelah surat peringatan dikirim. Jika tunggakan mencapai 6 bulan, sambungan diputus permanen dan meter air ditarik.

## Penyambungan Kembali

Sambungan yang diputus sementara dapat dinyalakan kembali setelah seluruh tunggakan dan denda dilunasi, ditambah biaya penyambungan kembali Rp175.000. Air mengalir kembali paling lambat 2 hari kerja setelah pembayaran. Sambungan yang diputus permanen harus mengajukan pasang baru.

## Gangguan, Kebocoran dan Meter Air

Laporkan air mati, air keruh atau pipa bocor ke layanan gangguan 24 jam di (0733) 555-0190. Kebocoran pada pipa sebelum meter menjadi tanggung jawab Perumda dan diperbaiki tanpa biaya. Kebocoran setelah meter, di dalam pekarangan, menjadi tanggung jawab pelanggan. Pelanggan yang meragukan ketepatan meter dapat meminta tera ulang; biayanya Rp50.000 dan dikembalikan bila meter terbukti rusak.

## Tanya Jawab

**Tagihan saya tiba-tiba naik dua kali lipat. Apa yang harus dilakukan?**

Periksa kebocoran di dalam rumah dengan menutup semua keran dan melihat apakah meter tetap berputar. Jika tidak ada kebocoran, ajukan pengecekan meter di loket.

**Bisakah sambungan dipindah nama setelah rumah dibeli?**

Bisa, dengan membawa akta jual beli, KTP pemilik baru dan bukti lunas tagihan terakhir. Balik nama tidak dipungut biaya.

**Air mati karena pemeliharaan, apakah tagihan dikurangi?**

Tagihan dihitung dari angka meter, sehingga hari tanpa air tidak menambah tagihan kecuali biaya beban.

## Kantor dan Kontak

Kantor pusat Perumda Air Minum Tirta Bukit Sulap, Jl. Yos Sudarso No. 31, Kota Lubuklinggau. Loket buka Senin sampai Jumat pukul 08.00–15.00 WIB dan Sabtu pukul 08.00–12.00 WIB. Telepon layanan pelanggan (0733) 555-0177, surel pelanggan@tirtabukitsulap.example.invalid.

{END}
""",
}

BANJIR = {
    "path": "id/lubuklinggau/bantuan-korban-banjir.md",
    "fields": {
        "title": "Bantuan bagi Korban Banjir dan Bencana di Kota Lubuklinggau",
        "lang": "id",
        "country": "ID",
        "region": "Kota Lubuklinggau",
        "agency": "Badan Penanggulangan Bencana Daerah (BPBD) Kota Lubuklinggau",
        "source": "https://bpbd.lubuklinggaukota.example.invalid/layanan/bantuan-korban-bencana",
        "updated": "2026-01-12",
        "note": NOTE,
    },
    "body": f"""# Bantuan bagi Korban Banjir dan Bencana di Kota Lubuklinggau

## Tentang Bantuan Ini

Badan Penanggulangan Bencana Daerah (BPBD) Kota Lubuklinggau memberikan bantuan kepada warga yang terdampak banjir, tanah longsor, angin puting beliung dan kebakaran permukiman. Bantuan dibagi dua tahap: bantuan darurat saat kejadian, dan dana stimulan perbaikan rumah setelah air surut.

## Bentuk Bantuan

- Evakuasi warga dan barang penting oleh Tim Reaksi Cepat.
- Tenda pengungsian, tikar, selimut dan perlengkapan kebersihan.
- Paket makanan siap saji dan sembako selama masa tanggap darurat.
- Layanan kesehatan bersama puskesmas di posko pengungsian.
- Dana stimulan untuk memperbaiki rumah yang rusak.

## Siapa yang Berhak

Penduduk yang tinggal di Kota Lubuklinggau, baik pemilik rumah maupun penyewa, yang rumahnya terdampak langsung oleh bencana yang tercatat di BPBD. Dana stimulan perbaikan hanya diberikan kepada pemilik rumah yang ditinggali sendiri; rumah kosong, gudang dan bangunan usaha tidak termasuk.

## Melapor Saat Kejadian

Hubungi Pusat Pengendalian Operasi (Pusdalops) BPBD yang siaga 24 jam di (0733) 555-0112, atau datangi posko terdekat. Sebutkan lokasi, jumlah jiwa terdampak dan kebutuhan mendesak. Bantuan logistik darurat dikirim paling lambat 6 jam setelah laporan diterima untuk lokasi yang dapat dijangkau kendaraan.

Warga di bantaran Sungai Kelingi dan Sungai Kasie dianjurkan mengikuti grup peringatan dini kelurahan agar bisa mengungsi sebelum air naik.

## Pendataan Rumah Rusak

Setelah air surut, petugas kelurahan bersama BPBD mendata rumah yang rusak. Warga yang belum terdata dapat mengajukan sendiri dengan Formulir Pendataan Dampak Bencana PDB-1 paling lambat 14 hari setelah kejadian. Tim verifikasi akan datang ke rumah untuk menilai tingkat kerusakan.

## Berkas yang Dilampirkan

- Fotokopi KTP dan Kartu Keluarga.
- Surat keterangan terdampak bencana dari lurah.
- Foto kerusakan rumah dari beberapa sisi, diambil sebelum diperbaiki.
- Bukti kepemilikan rumah atau surat keterangan penguasaan dari kelurahan.
- Nomor rekening bank atas nama kepala keluarga.

## Besaran Dana Stimulan

| Tingkat kerusakan | Ciri-ciri | Dana stimulan |
|---|---|---|
| Rusak ringan | Plafon, dinding atau lantai rusak sebagian, rumah masih layak huni | Rp3.000.000 |
| Rusak sedang | Sebagian struktur rusak, rumah perlu diperbaiki agar layak huni | Rp8.000.000 |
| Rusak berat | Struktur utama roboh atau hanyut, rumah tidak layak huni | Rp15.000.000 |

Dana ditransfer ke rekening kepala keluarga dan wajib dipakai untuk memperbaiki rumah.

## Jangka Waktu

Verifikasi dan penetapan penerima selesai dalam 21 hari kerja sejak berkas lengkap. Dana cair paling lambat 30 hari kerja setelah penetapan. Pengumuman penerima ditempel di kantor kelurahan.

## Yang Tidak Ditanggung

Bantuan ini tidak mengganti kerusakan kendaraan bermotor, barang elektronik, perabot, ternak, hasil panen maupun kerugian usaha. Kerusakan akibat bangunan yang berdiri di atas saluran air atau di dalam garis sempadan sungai tanpa izin juga tidak mendapat dana stimulan.

## Tanya Jawab

### Saya menyewa rumah, apakah dapat bantuan?

Penyewa mendapat bantuan darurat dan logistik. Dana stimulan perbaikan diberikan kepada pemilik rumah.

### Rumah kebanjiran dua kali dalam setahun, apakah dapat bantuan dua kali?

Dana stimulan untuk rumah yang sama diberikan paling banyak satu kali dalam satu tahun anggaran.

### Bolehkah memperbaiki rumah sebelum tim verifikasi datang?

Boleh untuk perbaikan darurat, asalkan foto kerusakan sudah diambil lebih dulu.

## Kontak

- Pusdalops BPBD Kota Lubuklinggau (24 jam): (0733) 555-0112
- Kantor BPBD: Jl. Garuda No. 12, Kota Lubuklinggau, Senin sampai Jumat 08.00–16.00 WIB
- Surel: pusdalops@bpbd.lubuklinggaukota.example.invalid

{END}
""",
}

REKLAME = {
    "path": "id/lubuklinggau/izin-reklame.md",
    "fields": {
        "title": "Izin Pemasangan Reklame dan Pajak Reklame di Kota Lubuklinggau",
        "lang": "id",
        "country": "ID",
        "region": "Kota Lubuklinggau",
        "agency": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Lubuklinggau",
        "source": "https://dpmptsp.lubuklinggaukota.example.invalid/izin/reklame",
        "updated": "2026-06-09",
        "note": NOTE,
    },
    "body": f"""# Izin Pemasangan Reklame dan Pajak Reklame di Kota Lubuklinggau

## Apa yang Diatur

Setiap benda, alat atau media yang dipasang untuk memperkenalkan atau menganjurkan suatu barang, jasa atau usaha dan dapat dilihat dari tempat umum disebut reklame. Pemasangannya di Kota Lubuklinggau memerlukan izin dari DPMPTSP dan dikenai pajak reklame.

## Jenis Reklame

- Papan nama usaha yang menempel di bangunan tempat usaha.
- Papan reklame dan baliho permanen, termasuk yang bertiang sendiri.
- Reklame insidentil: spanduk, umbul-umbul dan banner untuk promosi sementara.
- Reklame berjalan pada kendaraan.
- Videotron dan layar digital.

## Kapan Izin Diperlukan

Semua reklame memerlukan izin, kecuali papan nama usaha dengan luas sampai 1 meter persegi yang menempel di bangunan usaha sendiri. Papan nama seperti itu cukup didaftarkan tanpa biaya. Reklame milik pemerintah, tempat ibadah dan kegiatan sosial tanpa sponsor juga dibebaskan dari pajak.

## Persyaratan

- KTP pemohon, dan akta pendirian bila pemohon berbentuk badan usaha.
- Nomor Induk Berusaha (NIB).
- Desain reklame lengkap dengan ukuran dan teks.
- Foto dan titik koordinat lokasi pemasangan.
- Surat izin dari pemilik lahan atau bangunan bila dipasang di tanah orang lain.
- Gambar konstruksi untuk reklame bertiang dengan tinggi lebih dari 5 meter.

## Prosedur Pengajuan

1. Ajukan permohonan di aplikasi Linggau Izin Online atau di loket DPMPTSP.
2. Petugas bersama tim teknis memeriksa lokasi.
3. Pajak reklame ditetapkan dan kode bayar dikirim ke pemohon.
4. Setelah pajak dibayar, izin terbit dan pemohon menerima stiker tanda lunas yang wajib ditempel pada reklame.

## Tarif Pajak Reklame

| Jenis reklame | Tarif |
|---|---|
| Papan nama usaha di atas 1 meter persegi | Rp60.000 per meter persegi per tahun |
| Papan reklame dan baliho permanen | Rp150.000 per meter persegi per tahun |
| Videotron dan layar digital | Rp400.000 per meter persegi per tahun |
| Spanduk dan banner insidentil | Rp15.000 per lembar per minggu |
| Reklame berjalan pada kendaraan | Rp250.000 per kendaraan per tahun |

Reklame yang dipasang di jalan protokol, seperti Jalan Yos Sudarso dan Jalan Garuda, dikenai tambahan 25% dari tarif di atas.

## Lama Proses dan Masa Berlaku

Izin reklame terbit dalam 5 hari kerja setelah berkas lengkap dan pajak dibayar. Izin reklame permanen berlaku 1 tahun dan dapat diperpanjang paling lambat 30 hari sebelum habis. Spanduk dan banner insidentil boleh dipasang paling lama 14 hari, lalu wajib dilepas sendiri oleh pemasang.

## Lokasi yang Dilarang

- Di taman kota, jalur hijau dan median jalan tanpa titik reklame resmi.
- Pada tiang listrik, tiang telepon, rambu lalu lintas dan pohon.
- Di sekitar sekolah dan tempat ibadah untuk produk rokok.
- Di jembatan dan simpang yang mengganggu pandangan pengendara.

## Penertiban dan Sanksi

Reklame tanpa izin atau yang masa izinnya habis akan diberi peringatan untuk dilepas dalam 3 hari. Jika tidak dilepas, Satpol PP membongkarnya dan pemasang dikenai biaya bongkar Rp500.000 per titik. Pajak reklame yang terlambat dibayar dikenai sanksi 1% per bulan.

## Tanya Jawab

**Spanduk ucapan selamat hari raya tanpa logo usaha, apakah kena pajak?**

Tidak, asalkan tidak memuat nama produk atau sponsor. Tetap patuhi lokasi yang dilarang.

**Saya ganti gambar baliho tetapi ukurannya sama. Apakah perlu izin baru?**

Tidak perlu izin baru; cukup laporkan desain baru lewat aplikasi sebelum dipasang.

**Izin sudah terbit, kapan boleh memasang?**

Setelah stiker tanda lunas diterima dan ditempel pada reklame.

## Kontak

DPMPTSP Kota Lubuklinggau, Jl. Garuda No. 20, Kota Lubuklinggau. Loket buka Senin sampai Kamis pukul 08.00–15.00 WIB dan Jumat pukul 08.00–11.30 WIB. Telepon (0733) 555-0245, surel reklame@dpmptsp.lubuklinggaukota.example.invalid.

{END}
""",
}

DOCS = [AIR, BANJIR, REKLAME]
