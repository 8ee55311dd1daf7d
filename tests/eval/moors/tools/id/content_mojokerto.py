"""Kota Mojokerto: PBG (pdf), akta kelahiran/kematian (md), sewa GOR (html)."""

from content_nasional import END, NOTE

PBG = {
    "path": "id/mojokerto/pbg-bangun-renovasi-rumah.pdf",
    "format": "pdf",
    "fields": {
        "title": "Persetujuan Bangunan Gedung (PBG) untuk Membangun dan Merenovasi Rumah di Kota Mojokerto",
        "lang": "id",
        "country": "ID",
        "region": "Kota Mojokerto",
        "agency": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Kota Mojokerto",
        "source": "https://dpmptsp.mojokertokota.example.invalid/perizinan/pbg-rumah",
        "updated": "2026-04-21",
        "note": NOTE,
    },
    "body": f"""# Persetujuan Bangunan Gedung (PBG) untuk Membangun dan Merenovasi Rumah di Kota Mojokerto

## Apa Itu PBG

Persetujuan Bangunan Gedung (PBG) adalah persetujuan dari Pemerintah Kota Mojokerto untuk membangun baru, mengubah, memperluas, mengurangi atau merawat bangunan gedung sesuai standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB). Rumah yang sudah memiliki IMB tidak perlu mengurus PBG selama bangunannya tidak diubah.

## Kapan PBG Diperlukan

- Membangun rumah baru di atas tanah kosong.
- Menambah lantai, misalnya dari satu lantai menjadi dua lantai.
- Memperluas bangunan atau menambah ruangan yang mengubah denah.
- Mengganti atau memperkuat struktur seperti kolom, balok dan pondasi.
- Mengubah fungsi, misalnya rumah tinggal menjadi toko atau kos-kosan.

## Pekerjaan Tanpa PBG

Pekerjaan perawatan ringan tidak memerlukan PBG, antara lain mengecat ulang, mengganti genteng atau keramik dengan jenis yang sama, memperbaiki plafon, mengganti kusen, dan membuat pagar setinggi kurang dari 1,5 meter. Walau begitu, pekerjaan tersebut tetap wajib menjaga garis sempadan dan tidak boleh mengganggu saluran air lingkungan.

## Persyaratan Dokumen

- KTP pemohon dan Kartu Keluarga.
- Bukti kepemilikan tanah: sertifikat, akta jual beli, atau surat keterangan tanah dari kelurahan.
- Bukti lunas PBB tahun berjalan.
- Gambar rencana: denah, tampak, potongan dan rencana pondasi.
- Perhitungan struktur untuk bangunan dua lantai atau lebih, ditandatangani tenaga ahli.
- Surat pernyataan tidak keberatan dari tetangga yang berbatasan langsung, khusus untuk penambahan lantai.

## Alur Pengajuan

- Buat akun di Portal Bangun Mojokerto (bangun.mojokertokota.example.invalid) dan unggah semua dokumen.
- Tim Penilai Teknis memeriksa gambar dan dapat meminta konsultasi daring atau tatap muka.
- Setelah gambar disetujui, sistem menerbitkan nilai retribusi dan kode bayar.
- Pemohon membayar retribusi di bank atau lewat QRIS.
- PBG terbit dalam bentuk dokumen elektronik beserta lampiran gambar yang disahkan.

## Retribusi PBG

Retribusi dihitung dari luas lantai bangunan. Untuk rumah tinggal di Kota Mojokerto berlaku tarif berikut:

- Rumah tinggal dengan luas sampai 100 meter persegi: Rp10.000 per meter persegi.
- Rumah tinggal dengan luas lebih dari 100 meter persegi: Rp14.000 per meter persegi.
- Renovasi atau penambahan lantai: 50% dari tarif di atas, dihitung dari luas yang diubah.
- Konsultasi dengan Tim Penilai Teknis tidak dipungut biaya.

Contoh: penambahan lantai dua seluas 60 meter persegi dikenai retribusi 60 x Rp5.000 = Rp300.000.

## Lama Proses

PBG rumah tinggal selesai paling lama 21 hari kerja sejak dokumen dinyatakan lengkap. Rumah yang memakai desain prototipe dari Pemerintah Kota Mojokerto selesai dalam 10 hari kerja. Waktu berhenti dihitung selama pemohon memperbaiki gambar.

## Sertifikat Laik Fungsi

Setelah bangunan selesai, pemilik mengajukan Sertifikat Laik Fungsi (SLF) lewat portal yang sama. Petugas memeriksa kesesuaian bangunan dengan gambar PBG. SLF terbit dalam 7 hari kerja setelah pemeriksaan lapangan dan diperlukan antara lain untuk jual beli dan agunan bank.

## Sanksi Membangun Tanpa PBG

Bangunan yang dikerjakan tanpa PBG atau tidak sesuai gambar akan menerima peringatan tertulis sebanyak 3 kali dengan selang 7 hari. Jika tidak diindahkan, pekerjaan dihentikan sementara oleh Satpol PP dan pemilik dikenai denda administratif 2% dari nilai bangunan. Bangunan yang melanggar garis sempadan sungai atau jalan dapat diperintahkan untuk dibongkar.

## Tanya Jawab

**Rumah saya belum punya IMB dan sudah berdiri lama. Apa yang harus diurus?**

Ajukan SLF untuk bangunan yang sudah ada; pemeriksaan lapangan menggantikan gambar rencana.

**Apakah harus memakai jasa arsitek?**

Untuk rumah satu lantai tidak wajib. Gambar sederhana yang jelas sudah cukup, atau pakai desain prototipe.

**Bagaimana jika tetangga tidak mau tanda tangan?**

Tim Penilai Teknis akan memfasilitasi pertemuan. Keberatan yang tidak berdasar teknis tidak menghalangi penerbitan PBG.

## Layanan Tatap Muka dan Kontak

Konsultasi dan bantuan unggah dokumen dilayani di Mal Pelayanan Publik Kota Mojokerto, Jl. Bhayangkara No. 27, Kota Mojokerto.

- Senin sampai Jumat: 08.00–15.00 WIB
- Sabtu: 08.00–12.00 WIB
- Telepon: (0321) 555-0650
- Surel: pbg@dpmptsp.mojokertokota.example.invalid

{END}
""",
}

AKTA = {
    "path": "id/mojokerto/akta-kelahiran-kematian.md",
    "fields": {
        "title": "Pencatatan Kelahiran dan Kematian di Kota Mojokerto",
        "lang": "id",
        "country": "ID",
        "region": "Kota Mojokerto",
        "agency": "Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto",
        "source": "https://dispendukcapil.mojokertokota.example.invalid/layanan/akta-kelahiran-kematian",
        "updated": "2026-05-04",
        "note": NOTE,
    },
    "body": f"""# Pencatatan Kelahiran dan Kematian di Kota Mojokerto

## Tentang Layanan Ini

Setiap kelahiran dan kematian penduduk Kota Mojokerto wajib dilaporkan ke Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) agar dicatat dan diterbitkan aktanya. Akta kelahiran dibutuhkan untuk sekolah, paspor dan jaminan kesehatan; akta kematian dibutuhkan untuk warisan, klaim asuransi, pensiun janda/duda dan pembaruan Kartu Keluarga. Akta kelahiran dan akta kematian berlaku seumur hidup dan tidak perlu diperpanjang.

## Siapa yang Melapor

- Kelahiran: ayah atau ibu, atau keluarga yang diberi kuasa.
- Kematian: anggota keluarga, ketua RT, atau pihak rumah sakit tempat penduduk meninggal.
- Penduduk yang sudah dewasa tetapi belum memiliki akta kelahiran dapat melapor untuk dirinya sendiri.

## Persyaratan Akta Kelahiran

- Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau kelurahan.
- Buku nikah atau akta perkawinan orang tua.
- Kartu Keluarga yang akan dimasuki anak.
- KTP-el dua orang saksi.
- Formulir Pelaporan Kelahiran PK-1.

## Persyaratan Akta Kematian

- Surat keterangan kematian dari rumah sakit, puskesmas atau kelurahan.
- Kartu Keluarga dan KTP-el almarhum/almarhumah.
- KTP-el pelapor dan dua orang saksi.
- Formulir Pelaporan Kematian PK-2.

## Batas Waktu Melapor

Kelahiran dilaporkan paling lambat 60 hari sejak tanggal lahir. Kematian dilaporkan paling lambat 30 hari sejak tanggal meninggal. Setelah akta kematian terbit, nama almarhum otomatis dikeluarkan dari Kartu Keluarga dan KK baru dikirim bersama akta.

## Mengajukan Secara Daring

Permohonan dapat diajukan dari rumah lewat aplikasi Lapak Dukcapil:

1. Daftar dengan NIK dan nomor KK, lalu verifikasi nomor WhatsApp.
2. Pilih layanan "Akta Kelahiran" atau "Akta Kematian".
3. Unggah foto dokumen asli, bukan fotokopi.
4. Akta dikirim dalam bentuk PDF bertanda tangan elektronik untuk dicetak sendiri di kertas HVS A4.

## Layanan di Rumah Sakit dan Kelurahan

Bayi yang lahir di RSUD dan rumah sakit mitra di Kota Mojokerto dapat langsung dibuatkan akta kelahiran, KK baru dan Kartu Identitas Anak melalui petugas layanan di rumah sakit sebelum ibu pulang. Kantor kelurahan juga menerima berkas dan meneruskannya ke Dispendukcapil.

## Biaya dan Lama Penyelesaian

Seluruh layanan pencatatan sipil tidak dipungut biaya. Permohonan daring selesai dalam 2 hari kerja setelah berkas dinyatakan lengkap. Permohonan di loket dengan berkas lengkap diselesaikan pada hari yang sama bila diterima sebelum pukul 12.00.

## Bila Melapor Terlambat

Pelaporan yang melewati batas waktu tetap dilayani dan tidak dikenakan denda. Untuk kelahiran yang dilaporkan lebih dari 1 tahun, orang tua atau pemohon menandatangani Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) kebenaran data kelahiran. Jika orang tua tidak memiliki buku nikah, akta tetap terbit dengan SPTJM kebenaran sebagai pasangan suami istri.

Layanan ini tidak termasuk pencatatan kelahiran penduduk Kota Mojokerto yang terjadi di luar negeri; pelaporannya dilakukan di perwakilan RI di negara tersebut.

## Tanya Jawab

### Anak lahir di Surabaya, tetapi KK kami di Kota Mojokerto. Di mana mengurusnya?

Di Dispendukcapil Kota Mojokerto, sesuai alamat KK. Bawa surat keterangan lahir dari rumah sakit di Surabaya.

### Bolehkah akta kematian diurus oleh tetangga?

Boleh, dengan surat kuasa dari keluarga dan KTP-el penerima kuasa.

### Nama di akta salah ketik, bagaimana?

Ajukan pembetulan akta di loket dengan membawa akta asli dan dokumen yang benar; selesai dalam 3 hari kerja.

### Apakah akta harus dilegalisir untuk mendaftar sekolah?

Tidak. Akta bertanda tangan elektronik dapat diperiksa keasliannya dengan memindai kode QR, sehingga tidak perlu legalisir.

## Alamat dan Jam Layanan

Dispendukcapil Kota Mojokerto, Jl. Pahlawan No. 58, Kota Mojokerto.

- Senin sampai Kamis: 07.30–15.30 WIB
- Jumat: 07.30–14.30 WIB
- Telepon: (0321) 555-0417
- WhatsApp Lapak Dukcapil: 0815-5550-0417

{END}
""",
}

GOR = {
    "path": "id/mojokerto/sewa-gor-lapangan.html",
    "format": "html",
    "fields": {
        "title": "Sewa Gedung Olahraga dan Lapangan Milik Pemerintah Kota Mojokerto",
        "lang": "id",
        "country": "ID",
        "region": "Kota Mojokerto",
        "agency": "Dinas Kepemudaan, Olahraga dan Pariwisata Kota Mojokerto",
        "source": "https://disporapar.mojokertokota.example.invalid/sarana/sewa-gor",
        "updated": "2026-05-27",
        "note": NOTE,
    },
    "body": f"""# Sewa Gedung Olahraga dan Lapangan Milik Pemerintah Kota Mojokerto

## Fasilitas yang Dapat Disewa

Pemerintah Kota Mojokerto menyewakan sarana olahraga yang dikelola Dinas Kepemudaan, Olahraga dan Pariwisata (Disporapar):

- GOR Seni Mojopahit: lapangan bulu tangkis, voli dan futsal di dalam ruangan, serta aula untuk acara.
- Gelora A. Yani: lintasan atletik, lapangan sepak bola dan lapangan tenis luar ruangan.

## Siapa yang Boleh Menyewa

Perorangan, komunitas, klub olahraga, sekolah, instansi dan perusahaan, baik dari Kota Mojokerto maupun dari luar kota. Penyewa perorangan minimal berusia 18 tahun.

## Tarif Sewa

| Fasilitas | Pukul 06.00–17.00 | Pukul 17.00–22.00 |
|---|---|---|
| Lapangan bulu tangkis GOR Seni Mojopahit, per jam | Rp35.000 | Rp55.000 |
| Lapangan voli atau futsal dalam ruangan, per jam | Rp90.000 | Rp130.000 |
| Lapangan tenis Gelora A. Yani, per jam | Rp40.000 | Rp65.000 |
| Lapangan sepak bola Gelora A. Yani, per 2 jam | Rp300.000 | Rp450.000 |
| Aula GOR untuk acara bukan olahraga, per hari | Rp4.250.000 | Rp4.250.000 |

Tarif belum termasuk biaya kebersihan Rp150.000 untuk pemakaian aula. Memakai lintasan atletik untuk jalan pagi dan joging tidak dipungut biaya.

## Potongan Harga

Sekolah di Kota Mojokerto dan klub yang terdaftar di KONI Kota Mojokerto mendapat potongan 25% untuk sewa lapangan pada pukul 06.00–17.00. Potongan tidak berlaku untuk aula dan tidak dapat digabung dengan promo lain.

## Cara Memesan

1. Cek jadwal kosong di portal SewaGOR Mojokerto (sewagor.mojokertokota.example.invalid).
2. Pilih fasilitas, tanggal dan jam, lalu isi data penyewa.
3. Bayar uang muka 50% dalam 2 x 24 jam; jika tidak, pesanan batal otomatis.
4. Lunasi sisa pembayaran paling lambat 3 hari sebelum tanggal pemakaian.

Pemesanan lapangan per jam dibuka paling cepat 30 hari sebelumnya. Pemesanan aula untuk acara dilakukan paling lambat 14 hari sebelum acara.

## Syarat dan Dokumen

- KTP penanggung jawab.
- Surat permohonan bermeterai untuk acara di aula, berisi jenis acara dan perkiraan jumlah tamu.
- Surat keterangan dari KONI atau sekolah bagi yang meminta potongan.
- Izin keramaian dari kepolisian untuk acara lebih dari 300 orang.

## Jam Operasional

Semua fasilitas buka setiap hari pukul 06.00–22.00 WIB. Setiap Senin pukul 06.00–10.00 GOR Seni Mojopahit ditutup untuk perawatan.

## Pembatalan dan Pengembalian Uang

- Batal paling lambat 14 hari sebelum pemakaian: uang kembali 75%.
- Batal kurang dari 14 hari sebelum pemakaian: uang tidak dikembalikan, tetapi jadwal dapat dipindah satu kali.
- Lapangan luar ruangan yang tidak dapat dipakai karena hujan lebat dijadwal ulang tanpa biaya.

## Tata Tertib

Penyewa wajib memakai sepatu olahraga bersol karet di lapangan dalam ruangan, menjaga kebersihan, dan tidak membawa minuman keras. Kerusakan fasilitas menjadi tanggungan penyewa. Sewa untuk kegiatan kampanye politik tidak dilayani. Penyewa aula wajib menyerahkan kembali ruangan dalam keadaan bersih paling lambat pukul 22.00 pada hari yang sama.

## Tanya Jawab

### Apakah boleh menyewa hanya satu jam?

Boleh untuk lapangan bulu tangkis, voli, futsal dan tenis. Lapangan sepak bola disewakan per 2 jam.

### Apakah ada tempat parkir?

Ada, di halaman GOR dan Gelora A. Yani, dengan tarif parkir umum.

### Apakah boleh membawa makanan ke dalam GOR?

Makanan ringan dan air minum boleh dibawa ke tribun, tetapi tidak ke area lapangan. Untuk acara di aula, katering diperbolehkan dengan menyediakan kantong sampah sendiri.

### Bisakah membayar tunai di tempat?

Tidak. Pembayaran hanya lewat transfer ke rekening kas daerah atau QRIS yang tertera di portal.

## Kontak Pengelola

UPT Pengelolaan Sarana Olahraga, Kompleks GOR Seni Mojopahit, Jl. Gajah Mada No. 145, Kota Mojokerto. Telepon (0321) 555-0388, WhatsApp 0857-5550-0388, surel sarpras@disporapar.mojokertokota.example.invalid.

{END}
""",
}

DOCS = [PBG, AKTA, GOR]
