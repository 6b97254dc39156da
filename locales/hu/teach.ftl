# The teacher area (/teach), Hungarian: the class-session guide, the poster tool, the text printed
# on posters and stickers, and the README.txt in the poster ZIP. Only facts from
# ../shared/facts.md and the 2025 report. Teachers are addressed politely (Ön);
# text printed on posters speaks to students (te).

## The teacher area
teach-title = Tanároknak és iskolai tanácsadóknak
teach-intro = Itt egy rövid útmutatót talál egy osztályfoglalkozáshoz, és egy plakát- és matricakészítőt. Ingyenes, a böngészőben működik, és miután az oldal betöltődött, internet nélkül is. Semmi nem kerül fel sehova: minden ezen az eszközön készül.
teach-back = Vissza a diákoknak szóló alkalmazáshoz
teach-page-language = Az oldal nyelve

## Guide: a class session of about 45 minutes
guide-heading = Egy osztályfoglalkozás menete
guide-session-1 = Kezdés (5 perc): mutassa meg egy plakát kódját, vagy vetítse ki, és olvassák be együtt. Nem kell fiók, és semmit sem kell telepíteni. Akinek nincs telefonja, a kivetítőn vagy egy osztálytársával együtt követi.
guide-session-2 = Egy lecke közösen (15 perc): válasszon egy leckét, és olvassák fel hangosan a lépéseit. A „Te mit tennél?” kérdésnél az osztály kézfeltartással szavaz, aztán olvassák fel minden válasz magyarázatát, ne csak a helyesét.
guide-session-3 = Beszélgetés (15 perc): kis csoportokban a diákok megbeszélik a lecke történetét vagy egy „Gyakorolj” történetet. Kérdezze meg őket: Milyen jeleket láttok? Mit tehetne egy barát? Kit lehetne felhívni?
guide-session-4 = Végig: senkitől sem kérdezzük meg, hogy „Áldozat vagy?”, és senkinek sem kell semmi személyeset elmondania. Mindig a történet szereplőiről beszéljenek, soha nem valakiről az osztályból. Így mindenki maga ismerhet fel egy helyzetet, anélkül hogy rákérdeznének.
guide-session-5 = Zárás (10 perc): mindenki elmenti a telefonjába a 0800 800 678-at, az emberkereskedelem elleni ingyenes vonalat, és megjegyzi, hogy azonnali veszélyben a 112-t kell hívni. Mondja el, hol találják Önt és az iskolai tanácsadót.

## Guide: co-creation
guide-cocreate-heading = Plakátok, amelyeket a diákok készítenek
guide-cocreate-body = A kampányt maguk a diákok is elkészíthetik. Csoportokban szlogeneket és rövid történeteket javasolnak, aztán az osztály szavaz. A győztes szlogent Ön írja be lent, a plakátkészítőbe, a készítőknél pedig az osztályt vagy az iskolát tüntesse fel, soha egy diák nevét. A történetek kitaláltak, nem az iskola valódi szereplőiről szólnak. A 2025-ös tanulmány azt ajánlja, hogy a fiatalok maguk alkossák meg a megelőzés eszközeit; az egyik líceumban egy kampány matricákat és QR-kódokat használt az egész iskolában.

## Guide: the bystander
guide-bystander-heading = A szemtanú: a barát, aki észreveszi
guide-bystander-body = 2018 és 2022 között az 1310 gyermekáldozatból 532-t barátok, 132-t partnerek szerveztek be: az áldozatok többsége ismerte a beszervezőt. Ezért gyakran egy barát veszi észre elsőként, hogy valami nincs rendben. Egy kamasznak viszont árulásnak tűnhet, ha szól egy felnőttnek. Mondja ki világosan: ha segítséget kérsz egy barátodnak, az nem árulkodás, hanem törődés. Erre való a „Ha látsz valamit” lecke.

## Guide: you notify, you don't have to prove
guide-notify-heading = Elég szólni, bizonyítani nem kell
guide-notify-body = Sok felnőtt azért nem jelez egy gyanút, mert nincs bizonyítéka. Nem is kell: aki a hatóságokhoz fordul, annak csak jeleznie kell, nem bizonyítania; a bizonyítékok felkutatása az intézmények dolga. A diákoknak is pontosan így mondhatja el.

## Guide: if a student tells you something
guide-disclosure-heading = Ha egy diák elmond Önnek valamit
guide-disclosure-1 = Hallgassa meg nyugodtan, végig. Mondja neki: „Hiszek neked. Nem a te hibád.” Ne faggassa, ne nyomozzon a saját szakállára, és ne vonja kérdőre azt, akiről szó van.
guide-disclosure-2 = Ne ígérjen olyan titoktartást, amelyet nem tud betartani. Mondja meg, kinek fog szólni és miért („Hogy segíthessek, szólnom kell valakinek: …”), és magyarázza el, mi következik.
guide-disclosure-3 = Ha valaki épp most veszélyben van, hívja a 112-t.
guide-disclosure-4 = Egy gyerek bántalmazását, elhanyagolását vagy kizsákmányolását a 119-en jelezheti (a megyei gyermekvédelmi szolgálat, DGASPC): bármelyik hálózatról ingyenes, éjjel-nappal hívható. Mondja meg őszintén a diáknak, hogy a 119-re érkező hívásokat bemérik, azonosítják és rögzítik.
guide-disclosure-5 = Tájékoztatásért és tanácsért az emberkereskedelemről, vagy gyanú jelzésére: 0800 800 678, ingyenes hívás. Minden esetben kövesse az iskola gyermekvédelmi eljárását.

## Poster tool
tool-heading = Plakátok és matricák
tool-intro = Válassza ki a leckéket, a nyelvet, a formátumokat és egy szlogent, majd töltsön le egyetlen ZIP-fájlt: benne egy PDF az összes oldallal, plakátonként egy SVG és nyomtatási tudnivalók. Minden ezen az eszközön készül.
tool-lessons = Leckék
tool-lessons-all = Összes kijelölése
tool-lessons-none = Kijelölés törlése
tool-language = A plakátok nyelve
tool-formats = Formátumok
format-a4 = A4-es plakát
format-a3 = A3-as plakát
format-stickers = A4-es matricaív: 3 × 7 címke, 63,5 × 38,1 mm
tool-tag = Kampánykód (nem kötelező)
tool-tag-help = Legfeljebb 16 karakter: a–z, 0–9 és kötőjel (-). A QR-kódba kerül, így az iskolája plakátjairól érkező beolvasások külön számolhatók; a diákokról semmit sem rögzítünk.
tool-slogan = Szlogen
tool-slogan-builtin = Egy a mieink közül
tool-slogan-own = Az osztály saját szlogenje
tool-slogan-own-help = A diákok javasolnak és választanak; a győztest írja be ide. Nevek, telefonszámok, linkek és e-mail-címek nélkül.
tool-credit = Ki készítette? (nem kötelező)
tool-credit-help = Az iskolát vagy az osztályt nevezze meg, például „8. B osztály, 3. számú Általános Iskola”, soha egy diákot.
tool-preview = Előnézet
tool-preview-page = Oldal: { $n } / { $total }
tool-download = ZIP letöltése
tool-done = Kész: { $pages } oldal, { $ms } ms alatt.
tool-why-no-lessons = A letöltéshez válasszon ki legalább egy leckét.
tool-why-no-formats = A letöltéshez válasszon ki legalább egy formátumot.

## Poster tool: errors, shown next to the field
err-tag = A kampánykód legfeljebb 16 karakteres lehet, és csak ékezet nélküli kisbetűt (a–z), számjegyet (0–9) és kötőjelet (-) tartalmazhat. Például: iskola3-8b.
err-slogan-empty = Írja be az osztály által választott szlogent, vagy válasszon egyet a mieink közül.
err-slogan-long = A szlogen túl hosszú a plakátra: rövidítse le.
err-slogan-link = A szlogenben ne legyen link: a plakáton lévő kód már a leckéhez visz. Törölje a linket.
err-slogan-email = A szlogenben ne legyen e-mail-cím. Törölje a címet.
err-slogan-phone = A szlogenben ne legyen telefonszám: a plakátra a 0800 800 678 mindig rákerül. Törölje a számot.
err-slogan-name = Úgy tűnik, a szlogen megnevez valakit, a plakátok pedig soha senkit nem neveznek meg. Fogalmazza át név nélkül.
err-slogan-letters = A plakát betűtípusa ezeket nem tudja kinyomtatni: { $chars }. Cserélje le vagy törölje őket.
err-credit-long = Ez a sor túl hosszú a plakátra: rövidítse le, például csak az osztályra és az iskolára.
err-credit-contact = Ebben a sorban ne legyen link, e-mail-cím vagy telefonszám, csak az iskola vagy az osztály neve.
err-credit-school = Ebben a sorban egy iskolát vagy egy osztályt nevezzen meg, például „8. B osztály, 3. számú Általános Iskola”.
err-credit-letters = A plakát betűtípusa ezeket nem tudja kinyomtatni: { $chars }. Cserélje le vagy törölje őket.
err-pack = A csomagot nem sikerült elkészíteni ({ $reason }). A beállításai megmaradtak; próbálja újra.

## Printed on posters and stickers (read from 1 m and 30 cm: keep it short)
print-scan = Olvasd be: pár perces lecke
print-helpline = Ingyenes hívás: tájékoztatás és tanács az emberkereskedelemről, vagy ha gyanút jeleznél
print-sticker-helpline = Ingyenes hívás
print-danger = Épp most veszélyben vagy? Hívd a 112-t.
print-credit = Készítette: { $who }

## README.txt in the poster ZIP
readme-title = Veriga: plakátok és matricák. Így nyomtassa ki őket
readme-files = A posters.pdf minden oldalt tartalmaz; az svg mappában minden plakát külön fájlban van.
readme-scale = 100%-os méretben („Tényleges méret”) nyomtasson, soha ne „Oldalhoz igazítással”: a kódok mérete ahhoz a távolsághoz van szabva, ahonnan olvasni fogják őket.
readme-a4 = A4-es plakátok: A4-es papír, bármilyen irodai nyomtató. Faliújságra vagy az osztályterem ajtajára valók, ahol közelről nézik őket.
readme-a3 = A3-as plakátok: A3-as papír. Ha az iskola nyomtatója nem tud A3-at, egy fénymásolószalon kinyomtatja; ne kicsinyítse le A4-re (akkor inkább az A4-es plakátot válassza). Folyosókra valók, ahol messzebbről olvassák őket.
readme-stickers = A matricaoldalak A4-es címkeívek: soronként 3, egymás alatt 7 címke, 63,5 × 38,1 mm-esek (például Avery L7160 vagy azzal kompatibilis ív). Előbb nyomtasson egy oldalt sima papírra, és tegye egy címkeívhez, hogy ellenőrizze az illeszkedést.
readme-test = Mielőtt sokat nyomtatna, nyomtasson ki egyet, és olvassa be a kódját egy telefonnal onnan, ahol a diákok állni fognak.
readme-place = A plakátokat szemmagasságba tegye, oda, ahol a diákok várakoznak vagy elhaladnak: folyosóra, a faliújság mellé, a lépcsőházba, a bejárathoz. Olyan helyet válasszon, ahol bárki nyugodtan beolvashatja a kódot, anélkül hogy figyelve érezné magát.
