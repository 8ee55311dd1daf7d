"""Questions and conversations of estuaries-my, as data."""

S = "my/nasional/sip-perkeso.md"
P = "my/nasional/daftar-pemilih-spr.md"
CT = "my/hulu-terengganu/cukai-taksiran.md"
LP = "my/hulu-terengganu/lesen-penjaja-pasar-malam.pdf"
SD = "my/hulu-terengganu/sewa-dewan.html"
SP = "my/hulu-terengganu/sisa-pukal.md"
LB = "my/maran/lesen-perniagaan.docx"
KR = "my/maran/kompaun-rayuan.md"
LJ = "my/maran/lampu-jalan.md"
SG = "my/baling/sewa-gerai.html"
PI = "my/baling/permit-iklan.md"
TP = "my/baling/tebang-pokok.md"

ANSWERABLE = [
    (S, "brp % caruman sip yg kena potong dr gaji aku tiap bulan", "0.25%"),
    (S, "aku kena buang keje, bulan pertama dpt brp peratus gaji dr eis perkeso", "80%"),
    (S, "kne carum brp bulan baru layak claim elaun hilang kerja ni", "9 bulan"),
    (S, "dah dkt 2 bulan kena berhenti, ade had masa x nak claim eis? takut dah terlambat", "60 hari"),
    (P, "camne nk check sy dah jd pengundi ke blm, sms no brp", "36011"),
    (P, "nak bantah nama org lain dlm daftar pemilih kena byr ke", "RM 10"),
    (P, "kalau bg maklumat palsu semata2 nak tukar kawasan undi, boleh kena denda brp", "RM 5,000"),
    (P, "bila tarikh tutup kemaskini daftar pemilih suku kedua thn ni", "30 Jun 2026"),
    (CT, "cukai taksiran rumah kediaman kat kuala berang brp peratus", "4%"),
    (CT, "bila last day byr cukai pintu penggal kedua mdht", "31 Ogos"),
    (CT, "lambat bayar cukai taksiran kena denda brp", "10%"),
    (CT, "sy baru beli rumah kat ajil, nak tukar nama pemilik utk cukai taksiran. caj brp?", "RM 20"),
    (CT, "x puas hati nilaian baru cukai rumah, leh bantah dlm brp hari", "30 hari"),
    (LP, "lesen tapak pasar malam hulu terengganu brp setahun", "RM 60"),
    (LP, "dah hntr borang lesen penjaja kat mdht, brp lama nak lulus", "10 hari bekerja"),
    (LP, "pasar malam kuala berang tutup pukul brp", "11.00 malam"),
    (LP, "klu niaga xde lesen penjaja kena kompaun brp", "RM 250"),
    (SD, "sewa dewan serbaguna kuala berang utk kenduri kawin brp sehari", "RM 350"),
    (SD, "deposit dewan mdht brp ye", "RM 500"),
    (SD, "kalau cancel tempahan dewan dpt refund ke? brp banyak", "50%"),
    (SD, "nak tempah dewan majlis utk majlis tunang, kena book brp hari awal", "14 hari"),
    (SP, "nak buang tilam ngan almari lama, kutipan khas lori kecik brp", "RM 30"),
    (SP, "dah byr kutipan sisa pukal, brp lama dorg dtg amik", "5 hari bekerja"),
    (SP, "brg pukal kena letak tepi jln pkl brp", "7.30 pagi"),
    (SP, "ada org buang perabot lama tepi sungai kat tanggul, kompaun brp sbnrnye", "RM 1,000"),
    (LB, "lesen restoran kat jengka brp setahun", "RM 150"),
    (LB, "mohon lesen kedai runcit maran brp lama lulus", "7 hari bekerja"),
    (LB, "renew lesen niaga mdm paling lewat bila", "31 Januari"),
    (LB, "kompaun berniaga xde lesen kat maran brp", "RM 500"),
    (LB, "blh apply lesen perniagaan online x? portal ape nama dia", "eLesen MDM"),
    (KR, "parking kat petak oku kena kompaun brp maran", "RM 100"),
    (KR, "bayar kompaun majlis awal2 dpt diskaun ke", "30%"),
    (KR, "nak rayu kompaun majlis daerah maran guna borang ape", "Borang RK-1"),
    (KR, "dah hantar rayuan kompaun, brp lama nak tau keputusan", "10 hari bekerja"),
    (LJ, "lampu jalan depan rumah aku padam, satu tiang je. brp lama baru dorg baiki", "7 hari bekerja"),
    (LJ, "ade wayar lampu jalan terdedah kat taman, no kecemasan brp", "09-477 1599"),
    (LJ, "kampung sy kat chenor nak mohon lampu jalan baru, brp lama dpt jawapan", "60 hari"),
    (LJ, "accident terlanggar tiang lampu jalan, kena byr brp kat majlis", "RM 2,800"),
    (SG, "sewa gerai medan selera baling sebulan brp", "RM 150"),
    (SG, "sewa gerai mdb kena byr sebelum hb brp", "10hb"),
    (SG, "dah apply petak pasar kuala ketil, bila dpt jawapan", "30 hari"),
    (SG, "deposit sewa gerai majlis brp bulan", "3 bulan"),
    (PI, "permit kain rentang kat baling brp sehelai", "RM 5"),
    (PI, "apply permit bunting brp lama lulus", "3 hari bekerja"),
    (PI, "banner tu leh pasang paling lama brp hari", "21 hari"),
    (PI, "pasang iklan xde permit kena kompaun brp", "RM 200"),
    (TP, "tebang pokok besar dlm tanah sndiri caj brp", "RM 600"),
    (TP, "pokok tumbang hlg jalan kat kuala ketil, nak call no ape", "04-470 8899"),
    (TP, "dah mohon tebang pokok, bila pegawai dtg tgk", "7 hari bekerja"),
    (TP, "jiran tebang pokok kat tanah lapang awam x mintak izin, denda brp", "RM 1,500"),
]

# (question, close/far, why)
NOT_COVERED = [
    ("cukai tanah rumah kat kuala berang nak byr kat mana ek", "close",
     "the Hulu Terengganu cukai taksiran page says cukai tanah is the Pejabat Tanah's, not covered"),
    ("nak sewa dewan utk kenduri kat baling, brp sewa sehari", "close",
     "hall rental exists only for Hulu Terengganu"),
    ("aku accident masa otw pergi keje, perkeso blh claim x? camne", "close",
     "same agency, other service: the SIP page says work injury benefits are not covered"),
    ("lampu isyarat kat simpang bandar maran rosak, nak report kat sape", "close",
     "the Maran street-light page says traffic lights are JKR's, not covered"),
    ("cukai taksiran rumah kat maran brp peratus setahun", "close",
     "cukai taksiran exists only for Hulu Terengganu"),
    ("resepi rendang tok yg sedap camne ek", "far", "cooking"),
    ("jdt main bila minggu ni", "far", "football"),
    ("hp bajet bwh rm1000 yg best ape skrg", "far", "phones"),
    ("esok hujan x kat kuantan", "far", "weather"),
    ("cite wayang best kat pawagam skrg ape", "far", "films"),
]

CONVERSATIONS = [
    ("my-c1", [
        ("cukai taksiran mdht kena bayar bila", "start", CT),
        ("klu lambat kena denda brp?", "follow", CT),
        ("blh bayar online x", "follow", CT),
        ("satu lg, nak buang peti ais lama camne", "new", SP),
    ]),
    ("my-c2", [
        ("aku baru kena buang keje, blh claim eis ke", "start", S),
        ("brp lama proses dia", "follow", S),
        ("nak apply kat mana", "follow", S),
        ("ade no tel x", "follow", S),
    ]),
    ("my-c3", [
        ("nak buka kedai makan kat bandar maran, lesen ape perlu", "start", LB),
        ("fi dia brp?", "follow", LB),
        ("kalau kena kompaun majlis pulak, blh rayu x", "new", KR),
        ("dlm brp hari kena hantar", "follow", KR),
    ]),
    ("my-c4", [
        ("ade gerai kosong x kat medan selera baling", "start", SG),
        ("syarat dia ape", "follow", SG),
        ("nak pasang banner promosi gerai tu kena permit ke", "new", PI),
        ("pokok depan gerai tu dah condong, sape nak tebang", "new", TP),
        ("caj brp?", "follow", TP),
    ]),
    ("my-c5", [
        ("sy baru pindah rumah, camne nak tukar alamat mengundi", "start", P),
        ("kena isi borang ke", "follow", P),
        ("ada bayaran x", "follow", P),
        ("pstu cukai taksiran rumah baru kat kuala berang tu byr kat mana", "new", CT),
    ]),
]

QUESTIONS = ([{"q": q, "lang": "ms", "country": "MY", "docs": [d], "fact": f}
              for d, q, f in ANSWERABLE]
             + [{"q": q, "lang": "ms", "country": "MY", "docs": []} for q, _, _ in NOT_COVERED])
