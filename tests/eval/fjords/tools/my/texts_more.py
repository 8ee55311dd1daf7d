"""Extra paragraphs appended to sections (doc id -> heading -> paragraph), to bring every
page to the length of a real government page."""

MORE = {
"my/kota-marudu/cukai-taksiran.md": {},
"my/kota-marudu/lesen-perniagaan.pdf": {
 "Skop Lesen": "Pemilik yang mempunyai lebih daripada satu premis perlu memohon lesen berasingan bagi setiap premis. Lesen mesti dipamerkan di tempat yang mudah dilihat oleh orang awam dan pegawai penguat kuasa.",
 "Langkah Permohonan": "Pemohon digalakkan menyemak senarai dokumen terlebih dahulu kerana permohonan yang tidak lengkap akan dipulangkan. Pemeriksaan premis dijalankan bersama pegawai kesihatan bagi premis makanan, dan pemohon atau wakilnya perlu berada di premis semasa pemeriksaan.",
 "Pembaharuan Lesen": "Notis peringatan pembaharuan dihantar melalui SMS kepada pemegang lesen pada awal bulan Disember. Pemegang lesen yang menukar aktiviti perniagaan atau memperbesar premis perlu memaklumkan Unit Pelesenan sebelum pembaharuan dibuat.",
 "Permohonan Melalui Portal": "Pengguna perlu mendaftar akaun terlebih dahulu menggunakan nombor MyKad dan alamat e-mel yang sah. Status permohonan boleh disemak pada bila-bila masa dan notifikasi dihantar ke e-mel pemohon apabila status berubah.",
},
"my/kota-marudu/sewa-dewan.html": {
 "Dewan Yang Boleh Ditempah": "Setiap dewan dilengkapi dengan pentas, sistem pembesar suara asas, tandas dan ruang dapur kecil untuk memanaskan makanan. Kemudahan tempat letak kereta disediakan di sekitar dewan tetapi tidak boleh ditempah secara khusus.",
 "Cara Membuat Tempahan": "Penyewa perlu menyatakan tarikh, masa, jenis majlis dan anggaran bilangan tetamu dalam borang tempahan. Satu tempahan hanya boleh dibuat bagi satu tarikh, dan tempahan untuk beberapa hari berturut-turut perlu dinyatakan dengan jelas.",
 "Syarat Penggunaan": "Penyewa bertanggungjawab terhadap keselamatan tetamu dan harta benda dewan sepanjang tempoh sewaan. Sebarang kerosakan mesti dilaporkan kepada penjaga dewan sebelum kunci dipulangkan. Majlis berhak membatalkan tempahan jika dewan diperlukan untuk urusan kecemasan atau bencana.",
},
"my/kota-marudu/lesen-penjaja-tamu.md": {
 "Tentang Tamu Mingguan": "Tamu juga menjadi tarikan pelancong yang ingin melihat hasil tempatan seperti beras bukit, madu kelulut dan sayur-sayuran kampung. Majlis menyediakan tandas awam dan tempat letak kenderaan di kedua-dua tapak tamu.",
 "Prosedur Memohon": "Permohonan boleh dibuat sepanjang tahun. Jika tiada tapak kosong, nama pemohon akan dimasukkan ke dalam senarai menunggu mengikut tarikh permohonan dan pemohon dimaklumkan melalui SMS apabila tapak tersedia.",
 "Larangan dan Penalti": "Penjaja juga mesti memastikan barang jualan tidak menghalang laluan pejalan kaki. Penjaja makanan perlu menutup makanan yang dijual dan memakai apron serta penutup kepala sepanjang masa berniaga.",
},
"my/bera/permit-iklan.md": {
 "Iklan Yang Memerlukan Permit": "Permit dikeluarkan bagi setiap iklan secara berasingan. Pemilik premis yang mempunyai beberapa papan tanda perlu menyenaraikan kesemuanya dalam satu borang permohonan.",
 "Syarat Kelulusan Iklan": "Iklan bercahaya tidak boleh menggunakan lampu berkelip yang boleh mengganggu pengguna jalan raya. Struktur papan iklan berdiri mesti disahkan selamat oleh jurutera bertauliah sebelum dipasang.",
 "Pembaharuan Permit": "Bil pembaharuan dihantar kepada pemegang permit pada bulan Disember. Pemegang permit yang tidak lagi memerlukan iklan perlu memaklumkan Majlis secara bertulis supaya bil tahun berikutnya tidak dikeluarkan.",
},
"my/bera/kompaun-rayuan.docx": {
 "Maksud Kompaun": "Notis kompaun boleh diserahkan sendiri kepada pesalah, ditampal di premis atau kenderaan, atau dihantar melalui pos berdaftar. Pesalah yang menerima notis tidak perlu hadir ke mahkamah sekiranya kompaun dijelaskan dalam tempoh yang ditetapkan.",
 "Kesalahan Lazim dan Amaun Kompaun": "Senarai ini tidak lengkap. Amaun sebenar bagi kesalahan lain dinyatakan dalam notis kompaun yang diterima dan tertakluk kepada undang-undang kecil yang berkuat kuasa.",
 "Kaedah Pembayaran": "Bayaran melalui portal dikemas kini dalam sistem Majlis pada hari bekerja yang sama. Pembayaran melalui cek hendaklah dibuat atas nama Majlis Daerah Bera dan nombor rujukan notis ditulis di belakang cek.",
 "Syarat dan Alasan Rayuan": "Dokumen sokongan seperti gambar, resit atau surat majikan hendaklah dilampirkan bersama borang rayuan. Rayuan yang tidak disertakan dokumen sokongan boleh ditolak tanpa dipertimbangkan.",
},
"my/bera/kompleks-sukan.md": {
 "Kemudahan Yang Disediakan": "Kompleks ini juga mempunyai surau, kafe kecil dan kawasan menunggu untuk ibu bapa. Laluan kerusi roda disediakan dari tempat letak kereta hingga ke kawasan kolam dan gelanggang.",
 "Pas Bulanan": "Pas dikeluarkan dengan gambar pemegang dan nombor siri. Pas yang hilang boleh digantikan di kaunter dengan mengemukakan MyKad, dan baki tempoh sah pas asal akan dipindahkan ke pas gantian.",
 "Kelas Renang": "Jurulatih kelas adalah jurulatih bertauliah yang dilantik oleh Majlis. Peserta perlu membawa pakaian renang, cermin mata renang dan tuala sendiri, serta hadir sekurang-kurangnya lima belas minit sebelum kelas bermula.",
 "Peraturan Keselamatan": "Pengunjung yang tidak mematuhi arahan penjaga keselamatan boleh diarah keluar dari kawasan kolam tanpa bayaran balik. Kemalangan atau kecederaan mesti dilaporkan dengan segera kepada petugas di kaunter.",
},
"my/kerian/permit-ubah-suai.html": {
 "Bila Permit Diperlukan": "Kerja yang dijalankan tanpa permit bukan sahaja boleh dikenakan tindakan, malah boleh menyukarkan urusan jual beli rumah pada masa hadapan kerana binaan tambahan tidak direkodkan oleh Majlis.",
 "Cara Memohon": "Pemohon akan dihubungi untuk menetapkan tarikh lawatan tapak. Pemohon atau wakilnya perlu berada di rumah semasa lawatan untuk menunjukkan kawasan kerja dan sempadan lot kepada pegawai.",
 "Pemeriksaan Semasa Kerja": "Pemilik juga perlu memastikan kerja dijalankan pada waktu siang dan tidak mengganggu ketenteraman jiran. Kerja yang melibatkan penutupan longkang atau bahu jalan memerlukan kebenaran bertulis yang berasingan daripada Majlis.",
},
"my/kerian/letak-kereta.md": {
 "Zon Letak Kereta Berbayar": "Zon berbayar meliputi jalan-jalan utama di sekitar pasar, bank dan pejabat kerajaan. Peta zon boleh dilihat di dalam aplikasi dan di papan kenyataan di kaunter Majlis.",
 "Bayaran Melalui Aplikasi": "Aplikasi boleh dimuat turun secara percuma dan menyokong pembayaran melalui dompet elektronik, kad debit dan perbankan dalam talian. Pengguna akan menerima notifikasi sebelum masa letak kereta tamat.",
 "Kupon Letak Kereta": "Kupon yang dikoyak dengan salah atau menggunakan tarikh yang berlainan dianggap tidak sah. Kupon yang telah digunakan tidak boleh digunakan semula dan tidak boleh ditukar dengan wang tunai.",
 "Pengecualian": "Pengecualian OKU hanya terpakai apabila pemegang pelekat berada dalam kenderaan atau sedang dihantar. Pelekat mesti dipamerkan dengan jelas di cermin hadapan kenderaan.",
},
"my/kerian/sewa-gerai.md": {
 "Lokasi Gerai Majlis": "Setiap lokasi mempunyai kemudahan air bersih, tandas awam dan kawasan pembuangan sampah berpusat. Gerai di Pasar Awam Parit Buntar dibuka setiap hari, manakala Medan Selera Bagan Serai beroperasi dari petang hingga malam.",
 "Siapa Yang Layak": "Keutamaan diberikan kepada peniaga kecil, golongan OKU dan ibu tunggal yang berdaftar. Pemohon yang pernah ditamatkan perjanjian sewa kerana melanggar syarat tidak akan dipertimbangkan.",
 "Deposit Sewaan": "Deposit tidak boleh digunakan untuk membayar sewa bulanan semasa tempoh perjanjian berjalan. Resit deposit perlu disimpan dan dikemukakan semasa tuntutan pemulangan.",
 "Tempoh Perjanjian Sewa": "Permohonan pembaharuan perjanjian hendaklah dibuat sebelum perjanjian tamat. Majlis akan menilai rekod pembayaran sewa, kebersihan gerai dan pematuhan syarat sebelum meluluskan pembaharuan.",
},
"my/nasional/i-suri-kwsp.md": {
 "Mengenai Skim i-Suri": "Simpanan dalam skim ini memperoleh dividen tahunan seperti akaun ahli KWSP yang lain. Skim ini juga memberi perlindungan kewangan kepada suri rumah apabila berlaku kehilangan upaya atau kematian.",
 "Pendaftaran Skim": "Pemohon yang belum menjadi ahli KWSP perlu membawa MyKad asal ke cawangan untuk pengesahan identiti. Maklumat akaun bank juga diperlukan supaya sebarang pengeluaran pada masa hadapan dapat dikreditkan terus.",
 "Caruman Sukarela Ahli": "Caruman tidak perlu dibuat setiap bulan. Ahli boleh mencarum mengikut kemampuan, namun caruman yang konsisten akan membantu simpanan berkembang dengan lebih baik bersama dividen.",
 "Caruman oleh Suami": "Agihan caruman oleh suami adalah pilihan sukarela dan boleh dihentikan pada bila-bila masa dengan memaklumkan KWSP. Majikan suami akan memotong amaun agihan daripada caruman bulanan suami.",
},
"my/nasional/pembantu-rumah-asing.md": {
 "Pengenalan Permit": "Majikan bertanggungjawab memastikan pembantu rumah bekerja mengikut syarat permit dan kontrak pekerjaan. Majikan juga wajib menyediakan tempat tinggal yang sesuai, makanan dan hari rehat kepada pembantu rumah.",
 "Prosedur Permohonan": "Majikan juga perlu mengambil insurans pampasan pekerja dan skim perlindungan kesihatan untuk pembantu rumah sebelum permit dikeluarkan. Bukti perlindungan tersebut dimuat naik ke portal bersama permohonan.",
 "Pembaharuan Permit": "Pembaharuan memerlukan pasport pembantu yang masih sah dan salinan polisi insurans yang diperbaharui. Majikan yang tidak mahu meneruskan penggajian perlu menguruskan penghantaran pulang pembantu sebelum permit tamat.",
},
}

MORE["my/kerian/sewa-gerai.md"]["Pemilihan Penyewa"] = (
    "Jawatankuasa menilai pengalaman berniaga, jenis barangan yang dicadangkan dan keperluan "
    "pemohon. Pemohon yang tidak berjaya boleh memohon semula apabila kekosongan baharu "
    "diiklankan tanpa perlu menunggu tempoh tertentu.")
MORE["my/kerian/sewa-gerai.md"]["Perkara Yang Tidak Termasuk"] = (
    "Sewaan dewan orang ramai dan tapak bazar Ramadan juga diuruskan secara berasingan oleh "
    "Majlis dan tidak tertakluk kepada syarat sewaan gerai di halaman ini.")
MORE["my/kerian/permit-ubah-suai.html"]["Tempoh Kelulusan"] = (
    "Pemohon akan menerima surat kelulusan beserta syarat yang perlu dipatuhi. Jika permohonan "
    "ditolak, alasan penolakan dinyatakan dan pemohon boleh mengemukakan permohonan semula "
    "selepas membuat pindaan.")
MORE["my/bera/kompaun-rayuan.docx"]["Akibat Kompaun Tidak Dibayar"] = (
    "Majlis akan menghantar notis peringatan sebelum tindakan mahkamah diambil. Pesalah masih "
    "boleh menjelaskan kompaun selepas notis peringatan diterima selagi kertas pertuduhan "
    "belum difailkan.")
MORE["my/kerian/letak-kereta.md"]["Pas Bulanan"] = (
    "Pas bulanan tidak menjamin petak tertentu dan tidak boleh digunakan di petak OKU atau "
    "petak bergaris kuning.")
