"""Majlis Daerah Limbang: flood and disaster aid, renovation permit (PDF), tree cutting."""

from content_national import END

REGION = "Limbang, Sarawak"
AGENCY = "Majlis Daerah Limbang"
DOCS = []

DOCS.append(dict(
    path="limbang/bantuan-bencana-banjir.md",
    meta=dict(
        title="Bantuan Mangsa Banjir dan Bencana",
        region=REGION, agency=AGENCY,
        source="https://www.mdlimbang.example.invalid/komuniti/bantuan-bencana",
        updated="2026-01-08",
    ),
    body=f"""
# Bantuan Mangsa Banjir dan Bencana

## Tentang Bantuan Ini
Majlis Daerah Limbang (MDL) menyediakan bantuan awal kepada penduduk yang terjejas akibat banjir, tanah runtuh, ribut dan kebakaran di dalam kawasan majlis. Bantuan ini melengkapkan bantuan kerajaan negeri dan persekutuan.
Perkhidmatan ini tidak termasuk Bantuan Wang Ihsan (BWI) kerajaan persekutuan, bantuan Jabatan Kebajikan Masyarakat dan tuntutan insurans rumah. Bagi bantuan tersebut, sila rujuk agensi berkenaan.

## Jenis Bantuan
- Bantuan Awal Bencana: RM 500.00 bagi setiap ketua isi rumah yang rumahnya dimasuki air atau rosak;
- Bantuan baik pulih rumah: sehingga RM 3,000.00 bagi rumah yang rosak teruk, berdasarkan laporan pegawai;
- Pengecualian cukai taksiran bagi penggal semasa untuk rumah yang rosak teruk;
- Pembersihan selepas air surut: lori sampah dan pembersihan longkang secara percuma;
- Bekalan air bersih dan makanan melalui Bilik Gerakan Bencana.

## Kelayakan
- Penduduk tetap dalam kawasan Majlis Daerah Limbang, termasuk bandar Limbang, Pandaruan, Kubong dan Nanga Medamit;
- Rumah yang didiami sendiri. Penyewa layak menerima Bantuan Awal Bencana, manakala bantuan baik pulih hanya untuk pemilik;
- Berdaftar di Pusat Pemindahan Sementara (PPS) atau disahkan oleh Ketua Kampung, Penghulu atau Tuai Rumah;
- Satu permohonan bagi setiap isi rumah untuk setiap kejadian.

## Dokumen Sokongan
- Borang Permohonan Bantuan Bencana MDL (Borang BB-01);
- Salinan MyKad ketua isi rumah;
- Gambar kerosakan rumah dan barangan;
- Surat pengesahan Ketua Kampung atau Tuai Rumah, atau slip pendaftaran PPS;
- Nombor akaun bank atas nama ketua isi rumah.

## Cara Memohon
- Daftar di PPS atau laporkan kejadian kepada Bilik Gerakan Bencana MDL.
- Isi Borang BB-01 di kaunter majlis atau melalui aplikasi LimbangPrihatin.
- Pegawai majlis akan melawat dan menilai kerosakan rumah.
- Bantuan yang diluluskan dikreditkan terus ke akaun bank pemohon.

## Tempoh Permohonan dan Pembayaran
Permohonan mesti dibuat dalam tempoh 30 hari selepas bencana diisytiharkan tamat di kawasan tersebut. Bantuan Awal Bencana dibayar dalam tempoh 14 hari bekerja selepas permohonan lengkap diterima. Bantuan baik pulih dibayar dalam tempoh 60 hari selepas penilaian kerosakan.

## Bilik Gerakan Bencana
Semasa banjir, Bilik Gerakan Bencana MDL di Aras 1, Bangunan Majlis Daerah Limbang beroperasi 24 jam. Talian bencana 24 jam: 085-211 999. Orang ramai boleh melaporkan rumah yang dinaiki air, jalan yang ditutup dan keperluan pemindahan melalui talian ini atau aplikasi LimbangPrihatin.

## Persediaan Sebelum Banjir
- Karung pasir percuma boleh diambil di Depoh Kerja MDL, Jalan Pandaruan, maksimum 20 karung bagi setiap rumah;
- Daftar nombor telefon dalam sistem amaran SMS BanjirLimbang untuk menerima amaran paras air sungai;
- Simpan MyKad, geran dan dokumen penting dalam beg kalis air.

## Kes Khas
- Rumah panjang: setiap pintu (bilik) dikira sebagai satu isi rumah.
- Kedai dan premis perniagaan tidak layak menerima Bantuan Awal Bencana, tetapi penyewa premis milik majlis boleh memohon penangguhan sewa selama 3 bulan.
- Mangsa yang kehilangan MyKad semasa bencana boleh menggunakan surat pengesahan Penghulu buat sementara waktu.

## Soalan Lazim
**Air hanya masuk ke halaman rumah saya. Adakah saya layak?**
Tidak. Bantuan awal hanya untuk rumah yang ruang kediamannya dimasuki air atau yang mengalami kerosakan.
**Saya tidak ke PPS kerana menumpang di rumah saudara. Bolehkah saya memohon?**
Boleh, dengan surat pengesahan Ketua Kampung atau Tuai Rumah.
**Bilakah karung pasir boleh diambil?**
Sepanjang musim tengkujuh dari November hingga Mac, semasa waktu pejabat.
**Jika rumah saya dilanda banjir dua kali, adakah saya menerima bantuan dua kali?**
Ya. Setiap kejadian yang diisytiharkan dinilai secara berasingan.

## Hubungi
Unit Pengurusan Bencana, Majlis Daerah Limbang
Bangunan Majlis Daerah Limbang, Jalan Buangsiol, 98700 Limbang, Sarawak
Waktu pejabat: Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang
Telefon pejabat: 085-212 300 | Talian bencana 24 jam: 085-211 999 | E-mel: bencana@mdlimbang.example.invalid
{END}
"""))

DOCS.append(dict(
    path="limbang/permit-ubah-suai-rumah.pdf",
    meta=dict(
        title="Permit Ubah Suai dan Tambahan Kecil Rumah Kediaman",
        region=REGION, agency=AGENCY,
        source="https://www.mdlimbang.example.invalid/bangunan/permit-ubah-suai",
        updated="2026-02-12",
    ),
    body=f"""
# Permit Ubah Suai dan Tambahan Kecil Rumah Kediaman

## Skop Permit
Permit ini diperlukan bagi kerja ubah suai kecil pada rumah kediaman sedia ada di dalam kawasan Majlis Daerah Limbang, seperti membina anjung (porch), dapur tambahan, pagar, menukar bumbung dan membina bilik tambahan satu tingkat yang tidak melebihi 40 meter persegi.
Perkhidmatan ini tidak termasuk kerja menambah tingkat, bangunan baharu atau bangunan perniagaan, yang memerlukan kelulusan pelan bangunan penuh.

## Kerja Yang Tidak Memerlukan Permit
- Mengecat semula dan menukar jubin lantai;
- Memasang kabinet dapur;
- Membaiki bumbung bocor tanpa mengubah struktur;
- Memasang jeriji tingkap dan pintu.
Namun, maklumkan majlis jika tong sisa binaan diletakkan di atas jalan.

## Persyaratan Permohonan
- Pemohon ialah pemilik berdaftar atau mendapat kebenaran bertulis pemilik;
- Tiada tunggakan cukai taksiran;
- Anjakan minimum 1.5 meter dari sempadan sisi;
- Anjakan minimum 6 meter dari rizab jalan;
- Bagi rumah teres, persetujuan jiran bersebelahan diperlukan untuk kerja pada dinding bersama.

## Dokumen yang Perlu Dikemukakan
- Borang Permohonan Permit Ubah Suai (Borang UBS-1);
- Salinan geran tanah atau dokumen hak milik;
- Pelan lakar kerja dengan ukuran;
- Pelan oleh pelukis pelan bagi kerja melebihi 20 meter persegi;
- Gambar rumah sekarang dari hadapan, sisi dan belakang;
- Salinan resit cukai taksiran terkini;
- Surat persetujuan jiran, jika berkaitan.

## Fi Permit
- Pagar dan pintu pagar: RM 50.00
- Anjung atau bumbung tambahan: RM 100.00
- Dapur atau bilik tambahan hingga 20 meter persegi: RM 150.00
- Tambahan 21 hingga 40 meter persegi: RM 300.00
- Deposit kebersihan jalan dan longkang: RM 200.00
Deposit dikembalikan selepas kerja siap dan tapak diperiksa.

## Langkah Permohonan
- Dapatkan borang di Kaunter Bangunan atau portal eBina Limbang.
- Hantar borang berserta dokumen yang lengkap.
- Pegawai bangunan membuat pemeriksaan tapak.
- Bayar fi dan deposit selepas permohonan diluluskan.
- Pamerkan salinan permit di tapak sepanjang kerja.

## Tempoh Kelulusan
Permohonan lengkap diluluskan dalam tempoh 14 hari bekerja.
Kerja mesti bermula dalam tempoh 6 bulan dari tarikh kelulusan.
Permit sah selama 12 bulan.
Lanjutan boleh dipohon sekali sahaja selama 6 bulan dengan bayaran RM 30.00.

## Waktu Kerja di Tapak
Kerja binaan dibenarkan Isnin hingga Sabtu sahaja.
Waktu kerja ialah 8.00 pagi hingga 6.00 petang.
Kerja tidak dibenarkan pada hari Ahad dan cuti umum.

## Penalti
- Kerja tanpa permit: kompaun sehingga RM 1,000.00 dan arahan berhenti kerja;
- Struktur yang melanggar garisan bangunan boleh diarahkan untuk dirobohkan atas kos pemilik;
- Permohonan selepas kerja siap dikenakan fi dua kali ganda.

## Kes Khas
- Rumah panjang dan rumah kampung di atas tanah NCR: surat pengesahan Tuai Rumah atau Ketua Kampung diterima sebagai ganti geran.
- Rumah di kawasan rizab sungai: ulasan Jabatan Pengairan dan Saliran diperlukan terlebih dahulu.

## Soalan Lazim
**Saya mahu menukar bumbung zink kepada genting. Perlukah permit?**
Ya. Kerja ini dikira sebagai kerja bumbung dengan fi RM 100.00.
**Kontraktor saya kata pagar tidak perlu permit. Betulkah?**
Tidak. Semua pagar baharu memerlukan permit kerana melibatkan sempadan dan rizab jalan.
**Bolehkah saya memohon secara dalam talian?**
Boleh, melalui portal eBina Limbang.

## Hubungi
Bahagian Bangunan, Majlis Daerah Limbang
Bangunan Majlis Daerah Limbang, Jalan Buangsiol, 98700 Limbang, Sarawak
Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang
Telefon: 085-212 345
E-mel: bangunan@mdlimbang.example.invalid
{END}
"""))

DOCS.append(dict(
    path="limbang/tebang-cantas-pokok.md",
    meta=dict(
        title="Permohonan Menebang dan Mencantas Pokok",
        region=REGION, agency=AGENCY,
        source="https://www.mdlimbang.example.invalid/landskap/tebang-pokok",
        updated="2026-03-05",
    ),
    body=f"""
# Permohonan Menebang dan Mencantas Pokok

## Pengenalan
Majlis Daerah Limbang mengurus pokok di kawasan awam seperti tepi jalan, taman dan rizab longkang, dan memberi kebenaran serta perkhidmatan berbayar bagi pokok di dalam kawasan rumah persendirian. Tujuannya adalah untuk mengelakkan kemalangan akibat pokok tumbang dan dahan patah, terutamanya semasa musim tengkujuh.

## Pokok di Kawasan Awam
Pokok di rizab jalan, taman dan kawasan lapang ialah tanggungjawab majlis. Penduduk boleh membuat aduan jika pokok condong, dahan reput, akar merosakkan longkang atau jalan, atau daun menutup lampu jalan. Kerja di kawasan awam dilakukan oleh majlis secara percuma.

## Pokok di Kawasan Persendirian
Pemilik bertanggungjawab ke atas pokok di dalam lot sendiri. Pokok dengan ukur lilit melebihi 0.8 meter, diukur 1 meter dari paras tanah, memerlukan kebenaran majlis sebelum ditebang. Pemilik boleh menggunakan kontraktor sendiri setelah mendapat kebenaran, atau memohon perkhidmatan tebangan berbayar daripada majlis.

## Maklumat dan Dokumen Permohonan
- Borang Permohonan Tebang atau Cantas Pokok (Borang TP-3);
- Gambar pokok dari dua arah;
- Alamat atau pin lokasi pokok;
- Salinan geran atau dokumen hak milik bagi pokok di dalam lot persendirian;
- Surat persetujuan jiran jika pokok berada di sempadan lot.

## Caj Perkhidmatan Majlis
Bagi pokok di kawasan persendirian:
- Mencantas dahan: RM 80.00 bagi setiap pokok
- Menebang pokok dengan ukur lilit hingga 1.5 meter: RM 250.00
- Menebang pokok dengan ukur lilit melebihi 1.5 meter: RM 450.00
- Mengangkut sisa pokok: RM 60.00 bagi setiap muatan lori
- Fi kebenaran menebang menggunakan kontraktor sendiri: RM 30.00
Sebut harga diberikan selepas pemeriksaan, dan bayaran dibuat sebelum kerja dijalankan.

## Tempoh Tindakan
- Pokok tumbang atau bahaya segera: tindakan dalam tempoh 24 jam
- Aduan pokok condong atau dahan reput: pemeriksaan dalam tempoh 5 hari bekerja dan kerja disiapkan dalam tempoh 21 hari bekerja
- Permohonan kebenaran bagi kawasan persendirian: keputusan dalam tempoh 10 hari bekerja

## Pokok Tumbang dan Kecemasan
Jika pokok tumbang menghalang jalan atau menimpa rumah, hubungi talian pokok tumbang 24 jam MDL di 085-211 777. Jangan menyentuh dahan yang tersangkut pada kabel elektrik; jauhkan diri dan maklumkan pembekal elektrik.

## Pokok Yang Dilindungi
Pokok yang bertanda "Pokok Warisan MDL" dan pokok tapang di kawasan awam tidak boleh ditebang kecuali atas sebab keselamatan yang disahkan oleh pegawai landskap. Pokok tersebut hanya boleh dicantas oleh pasukan majlis.

## Kesalahan
Menebang atau mencantas pokok di kawasan awam tanpa kebenaran boleh dikenakan kompaun sehingga RM 2,000.00. Membakar sisa pokok secara terbuka adalah dilarang.
Perkhidmatan ini tidak termasuk pokok di tanah kerajaan negeri di luar kawasan majlis, pokok di ladang, dan pokok di bawah talian elektrik utama yang diurus oleh pembekal elektrik.

## Soalan Lazim
**Pokok jiran condong ke arah rumah saya. Apa boleh dibuat?**
Bincang dengan jiran dahulu. Jika tiada tindakan, buat aduan kepada majlis; pegawai akan memeriksa dan mengeluarkan notis kepada pemilik pokok.
**Bolehkah saya mengambil kayu pokok yang ditebang oleh majlis?**
Boleh bagi pokok di kawasan rumah anda sendiri. Kayu dari kawasan awam tidak boleh diambil.
**Adakah caj dikenakan untuk aduan pokok tepi jalan?**
Tidak. Pokok di kawasan awam diurus oleh majlis secara percuma.

## Hubungi
Jabatan Landskap dan Taman, Majlis Daerah Limbang
Bangunan Majlis Daerah Limbang, Jalan Buangsiol, 98700 Limbang, Sarawak
Isnin hingga Jumaat, 8.00 pagi hingga 5.00 petang
Telefon: 085-212 360 | Talian pokok tumbang 24 jam: 085-211 777 | E-mel: landskap@mdlimbang.example.invalid
{END}
"""))
