"""Questions and conversations of fjords-my, as data. (q, doc_id or None, fact or None, kind)"""

CT = "my/kota-marudu/cukai-taksiran.md"
LP = "my/kota-marudu/lesen-perniagaan.pdf"
SD = "my/kota-marudu/sewa-dewan.html"
PJ = "my/kota-marudu/lesen-penjaja-tamu.md"
IK = "my/bera/permit-iklan.md"
KP = "my/bera/kompaun-rayuan.docx"
KS = "my/bera/kompleks-sukan.md"
UB = "my/kerian/permit-ubah-suai.html"
LK = "my/kerian/letak-kereta.md"
SG = "my/kerian/sewa-gerai.md"
IS = "my/nasional/i-suri-kwsp.md"
PR = "my/nasional/pembantu-rumah-asing.md"

ANSWERABLE = [
    # cukai taksiran Kota Marudu (5)
    ("cukai pintu rumah kediaman kat kota marudu brp peratus ek", CT, "4%"),
    ("bila last day bayar cukai taksiran penggal 1 tahun ni", CT, "28 Februari 2026"),
    ("kalau sy lambat bayar cukai pintu kena denda brp", CT, "10%"),
    ("bapak sy dah pencen umur 63 duduk tandek, ada potongan x utk cukai rumah dia? brp", CT, "20%"),
    ("nak mintak salinan penyata akaun cukai pintu, kena byr ke", CT, "RM10.00"),
    # lesen perdagangan Kota Marudu (4)
    ("brp fi lesen kedai makan setahun kat kota marudu", LP, "RM120.00"),
    ("lesen niaga mdkm tamat hujung tahun kan, last renew bila", LP, "31 Januari"),
    ("brapa lama proses lesen perniagaan kalau dokumen semua dah lengkap", LP, "7 hari bekerja"),
    ("kawan aku bukak bengkel xde lesen, kalau kena tangkap kompaun brp", LP, "RM500"),
    # sewa dewan Kota Marudu (4)
    ("sewa dewan serbaguna pekan kota marudu hujung minggu brp", SD, "RM450.00"),
    ("deposit dewan brp, nnt dpt balik ke", SD, "RM300.00"),
    ("kalau cancel tempahan dewan awal2 dpt refund brp", SD, "80%"),
    ("nak book dewan komuniti tandek utk kenduri kawin, paling lambat bila kena tempah", SD,
     "14 hari sebelum tarikh penggunaan"),
    # penjaja / tamu Kota Marudu (4)
    ("tamu tandek hari apa ye", PJ, "Khamis"),
    ("sewa tapak kat tamu sehari brp", PJ, "RM3.00"),
    ("tamu kota marudu bukak pukul brp pagi", PJ, "6.00 pagi"),
    ("mak aku jual sayur kat tamu xde lesen, kalau kena kompaun brp", PJ, "RM250"),
    # permit iklan Bera (4)
    ("fi papan tanda kedai yg ada lampu brp semeter persegi", IK, "RM30.00"),
    ("nak pasang bunting promosi kedai kat triang, brp sehelai", IK, "RM10.00"),
    ("papan iklan xde permit kena denda brp", IK, "RM300"),
    ("renew permit iklan majlis bera sblm bila", IK, "15 Februari"),
    # kompaun Bera (4)
    ("kompaun buang sampah mdb brp", KP, "RM250"),
    ("kalau bayar kompaun cepat dpt diskaun x", KP, "50%"),
    ("sy nak rayu kompaun majlis bera, dlm brp hari kena hantar rayuan", KP, "10 hari"),
    ("dah hantar rayuan kompaun, brp lama baru dpt jawapan", KP, "7 hari bekerja"),
    # kompleks sukan Bera (4)
    ("kolam renang bera tutup hari apa", KS, "Isnin"),
    ("tiket kolam renang dewasa brp", KS, "RM4.00"),
    ("sewa court futsal sejam brp kat kompleks sukan bera", KS, "RM50.00"),
    ("kelas renang utk budak2 yuran dia brp", KS, "RM80.00"),
    # permit ubah suai Kerian (4)
    ("nak buat pagar rumah kat parit buntar kena permit ke, brp", UB, "RM50.00"),
    ("brp lama nak dpt lulus permit renovate rumah", UB, "14 hari bekerja"),
    ("jiran sy renovate xde permit, kompaun max brp", UB, "RM1,000"),
    ("nak tambah dapur belakang, luas brp blh buat tanpa pelan arkitek", UB, "50 meter persegi"),
    # letak kereta Kerian (5)
    ("parking parit buntar sejam brp", LK, "RM0.60"),
    ("hari ahad kena bayar parking ke kat bagan serai", LK, "percuma pada hari Ahad"),
    ("kompaun parking brp", LK, "RM30"),
    ("pas bulanan parking majlis kerian brp sebulan", LK, "RM60.00"),
    ("nak appeal kompaun parking majlis, ada brp hari", LK, "14 hari"),
    # sewa gerai Kerian (4)
    ("sewa gerai basah pasar awam parit buntar sebulan brp", SG, "RM90.00"),
    ("sewa gerai lambat bayar kena denda ke, brp", SG, "RM10.00"),
    ("perjanjian sewa gerai majlis tu brp lama", SG, "2 tahun"),
    ("lepas temuduga gerai brp lama baru tau dapat ke x", SG, "21 hari"),
    # i-Suri (4)
    ("i-suri caruman minimum brp", IS, "RM5"),
    ("kalau sy carum rm120 setahun dlm i-suri kerajaan bg brp", IS, "RM300"),
    ("suami blh bg sikit caruman dia masuk akaun isteri ke? brp peratus", IS, "2%"),
    ("nombor tel kwsp utk tanya pasal i-suri", IS, "03-89226000"),
    # pembantu rumah asing (4)
    ("gaji brp baru blh ambik maid", PR, "RM5,000"),
    ("levi maid pertama setahun brp skrg", PR, "RM410"),
    ("renew permit maid blh buat awal brp bulan", PR, "3 bulan"),
    ("lambat renew permit maid kena denda sehari brp", PR, "RM30"),
]

# (q, kind, why)
NOT_COVERED = [
    ("cukai taksiran majlis daerah bera bayar mcm mana", "close",
     "cukai taksiran is only documented for Kota Marudu"),
    ("parking berbayar kat pekan kota marudu guna app ape", "close",
     "paid parking is only documented for Kerian"),
    ("kolam renang awam kat parit buntar bukak pukul brp", "close",
     "swimming pool / sports complex is only documented for Bera"),
    ("cukai tanah kg sy kat kota marudu brp setahun", "close",
     "the cukai taksiran page says cukai tanah goes to Jabatan Tanah dan Ukur Sabah"),
    ("nak mohon permit pekerja asing utk ladang sawit, levi dia brp", "close",
     "the PRA page says permits for plantation/other sectors are not covered"),
    ("resepi rendang tok camne buat sedap", "far", "cooking"),
    ("sape menang piala malaysia tahun lepas", "far", "football"),
    ("hp bajet bawah rm1000 yg best ape skrg", "far", "phones"),
    ("esok hujan x kat bagan serai", "far", "weather (names a covered place)"),
    ("cerita hantu melayu best kat netflix skrg ape", "far", "films"),
]

CONVERSATIONS = [
    ("my-c1", [
        ("cukai pintu rumah sy kat tandek kadar dia brp", "start", CT),
        ("bayar online blh?", "follow", CT),
        ("kalau lambat?", "follow", CT),
        ("ok satu lg, nak bukak kedai runcit kat pekan kena lesen, fi brp", "new", LP),
    ]),
    ("my-c2", [
        ("kolam renang kat bandar bera bukak hari apa", "start", KS),
        ("tiket budak brp", "follow", KS),
        ("ok lain, nak pasang papan tanda kedai kat triang kena permit x", "new", IK),
        ("brp lama lulus?", "follow", IK),
    ]),
    ("my-c3", [
        ("parking kat bagan serai byr guna app ape", "start", LK),
        ("kalau kena kompaun blh rayu x", "follow", LK),
        ("btw gerai kat pasar parit buntar ada kosong x, sewa brp", "new", SG),
    ]),
    ("my-c4", [
        ("mak sy suri rumah, nak daftar i-suri camne", "start", IS),
        ("insentif kerajaan dpt brp", "follow", IS),
        ("suami dia blh tolong carum ke", "follow", IS),
        ("brp lama proses daftar tu", "follow", IS),
    ]),
    ("my-c5", [
        ("nak apply maid dari indonesia, syarat majikan ape", "start", PR),
        ("levi brp?", "follow", PR),
        ("ok satu lagi, dewan kat langkon sewa brp sehari", "new", SD),
        ("tamu kota marudu hari ahad kan? bukak pukul brp", "new", PJ),
        ("sewa tapak brp?", "follow", PJ),
    ]),
]
