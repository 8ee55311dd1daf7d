"""The two national documents (JPJ road tax, LHDN e-Filing). Mini-Markdown bodies:
one paragraph per line, '## ' headings, '- ' list items, '| ' table rows, '**Q?**' FAQ."""

END = "Dokumen penilaian: angka, alamat dan waktu adalah rekaan."

DOCS = []

DOCS.append(dict(
    path="nasional/pembaharuan-cukai-jalan.md",
    meta=dict(
        title="Pembaharuan Lesen Kenderaan Motor (Cukai Jalan)",
        region="Malaysia",
        agency="Jabatan Pengangkutan Jalan Malaysia (JPJ)",
        source="https://www.jpj.example.invalid/perkhidmatan/lkm/pembaharuan",
        updated="2026-02-09",
    ),
    body=f"""
# Pembaharuan Lesen Kenderaan Motor (Cukai Jalan)

## Apakah Lesen Kenderaan Motor
Lesen Kenderaan Motor (LKM), yang lebih dikenali sebagai cukai jalan, ialah lesen yang membenarkan sesebuah kenderaan bermotor digunakan di jalan raya. Setiap kenderaan yang didaftarkan dengan Jabatan Pengangkutan Jalan (JPJ) mesti mempunyai LKM yang sah. LKM boleh diperbaharui bagi tempoh 6 bulan atau 12 bulan dan kini dikeluarkan dalam bentuk digital yang boleh dilihat melalui aplikasi MyRoda JPJ.
Perkhidmatan ini tidak termasuk pembaharuan lesen memandu, pendaftaran kenderaan baharu dan pertukaran hak milik kenderaan.

## Siapa Boleh Memperbaharui
- Pemilik berdaftar kenderaan dengan MyKad sendiri.
- Wakil pemilik yang membawa salinan MyKad pemilik dan surat kebenaran yang ditandatangani.
- Syarikat atau pertubuhan melalui pegawai yang diberi kuasa, dengan surat wakil kuasa bercop syarikat.

## Syarat Sebelum Memperbaharui
- Kenderaan mempunyai perlindungan insurans atau takaful pihak ketiga yang sah sekurang-kurangnya bagi tempoh LKM yang dipohon. Maklumat insurans dihantar terus oleh syarikat insurans kepada sistem JPJ.
- Tiada rekod senarai hitam JPJ atau PDRM ke atas pemilik atau kenderaan.
- Kenderaan perdagangan, teksi, bas dan kenderaan yang LKMnya telah tamat lebih 36 bulan mesti lulus pemeriksaan PUSPAKOM terlebih dahulu.

## Memperbaharui Secara Dalam Talian
Cara paling cepat ialah melalui aplikasi MyRoda JPJ atau portal eLKM di https://elkm.jpj.example.invalid.
- Muat turun aplikasi MyRoda JPJ dan daftar menggunakan nombor MyKad serta nombor telefon bimbit.
- Pilih "Perbaharui LKM" dan masukkan nombor pendaftaran kenderaan.
- Semak maklumat insurans yang dipaparkan. Jika insurans belum dibeli, beli dahulu daripada syarikat insurans atau ejen.
- Pilih tempoh 6 atau 12 bulan dan buat bayaran melalui FPX, kad debit atau kad kredit.
- LKM digital dipaparkan serta-merta selepas bayaran berjaya.
Caj perkhidmatan dalam talian ialah RM 1.50 bagi setiap transaksi.

## Memperbaharui di Kaunter
Pemilik yang tidak menggunakan perkhidmatan dalam talian boleh hadir ke mana-mana kaunter JPJ negeri atau cawangan dengan membawa:
- MyKad asal pemilik, atau salinannya berserta surat kebenaran jika diwakili;
- Nota perlindungan insurans jika maklumat insurans belum dikemas kini dalam sistem;
- Sijil pemeriksaan PUSPAKOM jika berkaitan.
LKM fizikal bercetak boleh diminta dengan caj RM 3.50 sekeping.

## Kadar Cukai Jalan Kenderaan Persendirian
Kadar setahun bagi kenderaan persendirian berdaftar di Semenanjung Malaysia:
| Jenis kenderaan | Kapasiti enjin | Kadar setahun |
|---|---|---|
| Motosikal | hingga 150 cc | RM 4.00 |
| Kereta | hingga 1,000 cc | RM 22.00 |
| Kereta | 1,001 cc hingga 1,200 cc | RM 58.00 |
| Kereta | 1,201 cc hingga 1,400 cc | RM 92.00 |
| Kereta | 1,401 cc hingga 1,600 cc | RM 115.00 |
| Kereta | 1,601 cc hingga 1,800 cc | RM 215.00 |
Kenderaan yang didaftarkan di Sabah, Sarawak dan Labuan dikenakan kadar yang lebih rendah. Bagi tempoh 6 bulan, bayarannya ialah separuh daripada kadar setahun ditambah caj pentadbiran RM 2.00.

## Bila Boleh Diperbaharui
LKM boleh diperbaharui paling awal 60 hari sebelum tarikh tamat. Jika diperbaharui sebelum tamat, tempoh baharu bermula sehari selepas tarikh tamat LKM lama.

## Cukai Jalan Sudah Tamat Tempoh
Kenderaan yang LKMnya telah tamat tidak boleh digunakan di jalan raya. Menggunakan kenderaan tanpa LKM yang sah ialah satu kesalahan dan boleh dikenakan kompaun sehingga RM 1,500.
- Tiada denda lewat bagi pembaharuan itu sendiri. Tempoh LKM baharu bermula pada tarikh bayaran dibuat dan pemilik tidak perlu membayar bagi tempoh yang telah luput.
- Insurans biasanya turut tamat; beli insurans baharu dahulu sebelum memperbaharui.
- Jika LKM telah tamat lebih 36 bulan, kenderaan mesti diperiksa di PUSPAKOM dan pembaharuan hanya boleh dibuat di kaunter JPJ.

## Kes Khas
- Pemilik OKU yang berdaftar dengan Jabatan Kebajikan Masyarakat dikecualikan daripada cukai jalan bagi satu kenderaan persendirian hingga 1,600 cc. Permohonan dibuat di kaunter dengan Kad OKU.
- Kenderaan yang tidak digunakan untuk tempoh yang panjang boleh diisytiharkan sebagai kenderaan simpanan dengan Borang JPJ K8S supaya tiada tindakan diambil.

## Waktu Operasi Kaunter
Kaunter JPJ dibuka Isnin hingga Jumaat, 8.00 pagi hingga 4.30 petang. Sesetengah cawangan turut dibuka pada Sabtu pertama setiap bulan, 8.00 pagi hingga 12.30 tengah hari. Aplikasi MyRoda JPJ boleh digunakan 24 jam, kecuali semasa penyelenggaraan sistem setiap Ahad dari 12.00 tengah malam hingga 4.00 pagi.

## Soalan Lazim
**Perlukah saya menampal cukai jalan pada cermin kereta?**
Tidak. LKM digital dalam aplikasi MyRoda JPJ sudah mencukupi.
**Insurans saya sudah diperbaharui tetapi aplikasi menyatakan tiada insurans. Kenapa?**
Maklumat insurans boleh mengambil masa sehingga 24 jam untuk sampai ke sistem JPJ. Jika masih tiada selepas itu, hubungi syarikat insurans anda.
**Kereta saya disenarai hitam kerana saman. Apa perlu dibuat?**
Jelaskan saman atau kompaun tertunggak dahulu. Status senarai hitam dikemas kini dalam tempoh 1 hari bekerja selepas bayaran.

## Hubungi JPJ
Pusat Panggilan JPJ: 1-800-88-5705 (Isnin hingga Jumaat, 8.00 pagi hingga 6.00 petang)
E-mel: lkm@jpj.example.invalid
Portal: https://elkm.jpj.example.invalid
{END}
"""))

DOCS.append(dict(
    path="nasional/efiling-cukai-pendapatan.md",
    meta=dict(
        title="e-Filing Cukai Pendapatan Individu: Borang BE Tahun Taksiran 2025",
        region="Malaysia",
        agency="Lembaga Hasil Dalam Negeri Malaysia (LHDN)",
        source="https://www.hasil.example.invalid/individu/e-filing/borang-be",
        updated="2026-01-27",
    ),
    body=f"""
# e-Filing Cukai Pendapatan Individu: Borang BE Tahun Taksiran 2025

## Pengenalan
Borang BE ialah borang nyata cukai pendapatan bagi individu bermastautin yang tidak menjalankan perniagaan, contohnya pekerja bergaji, pesara yang mempunyai pendapatan lain dan pemilik rumah sewa. Borang bagi Tahun Taksiran 2025 diisi pada tahun 2026 berdasarkan pendapatan yang diterima dari 1 Januari hingga 31 Disember 2025. Lembaga Hasil Dalam Negeri Malaysia (LHDN) menggalakkan semua pembayar cukai menggunakan e-Filing melalui portal eHasil Diri.
Perkhidmatan ini tidak termasuk Borang B (individu yang menjalankan perniagaan), Borang M (bukan pemastautin), cukai syarikat dan Cukai Keuntungan Harta Tanah (CKHT).

## Siapa Perlu Mengemukakan Borang BE
- Individu bermastautin yang pendapatan penggajiannya melebihi RM 37,800 setahun selepas potongan KWSP.
- Individu yang sudah mempunyai nombor cukai pendapatan (TIN), walaupun pendapatannya rendah pada tahun tersebut.
- Pekerja yang dipotong Potongan Cukai Bulanan (PCB) tetapi mempunyai pendapatan lain seperti sewa rumah.
Pekerja yang hanya mempunyai pendapatan gaji dan PCB-nya dianggap cukai muktamad tetap digalakkan mengisi borang untuk menuntut pelepasan.

## Dokumen yang Perlu Disediakan
- Borang EA daripada majikan (majikan wajib memberikannya sebelum 28 Februari 2026);
- Nombor cukai pendapatan (TIN) dan nombor MyKad;
- Resit bagi tuntutan pelepasan seperti buku, peralatan sukan, rawatan perubatan dan yuran pengajian (simpan selama 7 tahun);
- Penyata SSPN, insurans hayat dan caruman persaraan swasta;
- Maklumat akaun bank untuk bayaran balik cukai.

## Mendaftar dan Mendapatkan Nombor PIN
Pembayar cukai kali pertama perlu mendaftar fail cukai melalui menu "Daftar Fail Baharu" di portal eHasil Diri. Nombor cukai dihantar melalui e-mel dalam tempoh 3 hari bekerja. Seterusnya, mohon nombor PIN e-Filing secara dalam talian dengan mengimbas MyKad dan mengambil swafoto, atau di kaunter LHDN dengan MyKad asal. PIN yang dipohon dalam talian dihantar dalam tempoh 2 hari bekerja dan mesti digunakan untuk log masuk kali pertama dalam tempoh 30 hari.

## Langkah Mengisi Borang BE
- Log masuk ke portal eHasil Diri dengan nombor MyKad dan kata laluan.
- Pilih e-Filing, kemudian e-BE bagi Tahun Taksiran 2025.
- Semak maklumat peribadi dan pendapatan yang telah dipra-isi daripada data majikan.
- Masukkan pelepasan, rebat dan potongan yang layak.
- Semak ringkasan cukai sama ada terdapat baki yang perlu dibayar atau lebihan yang akan dikembalikan.
- Tandatangan dan hantar secara elektronik, kemudian simpan Akuan Penerimaan yang dipaparkan.

## Tarikh Akhir
- Borang BE manual (kertas): 30 April 2026
- Borang BE melalui e-Filing: 20 Mei 2026
- Bayaran baki cukai: 20 Mei 2026

## Pelepasan Cukai Utama
| Pelepasan | Had maksimum |
|---|---|
| Diri sendiri dan tanggungan | RM 9,500 |
| Pasangan yang tiada pendapatan | RM 4,200 |
| Setiap anak belum berkahwin bawah 18 tahun | RM 2,100 |
| Perbelanjaan perubatan ibu bapa | RM 7,000 |
| Gaya hidup (buku, komputer, internet, sukan) | RM 2,750 |
| KWSP dan insurans hayat | RM 7,500 |
| Simpanan bersih SSPN | RM 8,000 |
| Individu OKU | RM 6,500 |

## Bayaran Cukai dan Bayaran Balik
Baki cukai boleh dibayar melalui FPX dalam portal eHasil Diri, kad kredit, aplikasi perbankan atau di kaunter bank yang dilantik dengan kod bayaran 084. Jika cukai yang dipotong melalui PCB melebihi cukai sebenar, lebihan dikembalikan ke akaun bank yang didaftarkan. Bayaran balik bagi borang e-Filing lazimnya diproses dalam tempoh 30 hari bekerja, manakala borang manual dalam tempoh 90 hari.

## Penalti Lewat
- Lewat menghantar borang: penalti 20% daripada cukai yang dikenakan jika dihantar dalam tempoh 12 bulan selepas tarikh akhir. Selepas itu penalti ditentukan oleh pegawai LHDN dan boleh mencecah 300%.
- Lewat membayar baki cukai: penalti 10% atas baki yang belum dibayar, dan tambahan 5% jika masih belum dibayar selepas 60 hari.
- Tidak menghantar borang langsung: boleh didakwa di mahkamah dan didenda antara RM 300 hingga RM 15,000.

## Kes Khas
- Bertukar majikan dalam tahun yang sama: isytiharkan pendapatan daripada semua majikan berdasarkan setiap Borang EA.
- Pasangan suami isteri boleh memilih taksiran bersama atau taksiran berasingan dalam borang.
- Pembayar cukai yang meninggal dunia: wasi atau pentadbir harta mengemukakan borang bagi pihak si mati.

## Soalan Lazim
**Gaji saya kecil. Perlukah saya mengisi e-Filing?**
Jika anda sudah mempunyai nombor cukai, ya, walaupun tiada cukai yang perlu dibayar.
**Bolehkah saya meminda borang yang sudah dihantar?**
Boleh, melalui e-BE Pindaan sebanyak sekali sebelum tarikh akhir. Selepas tarikh akhir, pindaan dibuat melalui surat kepada cawangan dalam tempoh 6 bulan.
**Apa berlaku jika saya menghantar lewat dua minggu?**
Penalti 20% dikenakan atas cukai yang perlu dibayar. Jika tiada cukai yang perlu dibayar, tiada penalti wang dikenakan.

## Hubungi LHDN
Pusat Panggilan HasilTalian: 03-7713 4400 (Isnin hingga Jumaat, 8.30 pagi hingga 5.00 petang; dilanjutkan hingga 9.00 malam sepanjang bulan Mei)
E-mel: efiling@hasil.example.invalid
Kaunter cawangan LHDN dibuka Isnin hingga Jumaat, 8.30 pagi hingga 4.30 petang.
{END}
"""))
