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

## Guide: which lessons for which age
guide-ages-heading = Melyik leckét melyik korosztálynak
guide-ages-1 = Egy 2025-ös tanulmány a romániai gyermekkereskedelemről azt mutatja, hogy a gyermekáldozatok többsége 15–17 éves lány, a fiúk pedig egyre gyakrabban válnak célponttá, sokszor már 13–14 évesen. Ezért az internetről és a kapcsolatokról szóló leckéknek már a gimnáziumban helyük van.
guide-ages-2 = A gimnáziumban (12–14 év) ezekkel a témákkal kezdjen: az online barátságok; mit osztanak meg a diákok a neten; ki segíthet, és mi történik, ha valaki telefonál; a barát, aki észreveszi, hogy valami nincs rendben; a beszervező, aki rokon, szomszéd vagy családi barát; és az otthoni erőszakról vagy elhanyagolásról szóló lecke.
guide-ages-3 = A VII. és a VIII. osztályban jöhetnek az intim képekről és a nyomásgyakorlásról, a csapdaként használt szerelemről, valamint azokról a fiúkról szóló leckék, akiket pénzzel vagy nyomással rávesznek, hogy elvigyenek valakit egy „találkozóra”.
guide-ages-4 = A líceumban (15–18 év) mindez továbbra is helyénvaló. Ehhez jönnek a munkáról és a pénzről szóló leckék: a gyanúsan jó ajánlatok, a jövőbeli tervek, a kényszermunka és a koldulásra kényszerítés, valamint a barát, aki hirtelen elment „dolgozni” vagy egy partnerrel, és azóta nem válaszol.
guide-ages-5 = A jövőbeli tervekről szóló leckét és azt, amelyik a más városba, líceumi kollégiumba költözésről szól, már a VIII. osztályban is érdemes elővenni, mielőtt a diákok líceumot vagy szakiskolát választanak. Ugyanez a tanulmány a kockázati tényezők között említi az iskola korai elhagyását, és azt is, ha valaki a családjától távol, egy városi líceum kollégiumában lakik.
guide-ages-6 = A szülőknek és nagyszülőknek szóló lecke nem az osztálynak készült: ajánlja a családoknak (lásd lent). Minden leckét olvasson el az óra előtt: Ön ismeri a diákjait, és tudja, mire áll készen az osztály.

## Guide: telling parents before the session
guide-parents-heading = Az óra előtt szóljon a szülőknek
guide-parents-1 = Néhány nappal az óra előtt mondja el a szülőknek, milyen témáról lesz szó, és miért: a szülői értekezleten, az osztály szülői csoportjában vagy egy üzenetben. Az egész osztályról beszéljen, soha ne egy bizonyos diákról.
guide-parents-2 = Mondja el nekik, hogy ők is megnézhetik a leckéket: az alkalmazás a böngészőben nyílik meg, fiók és telepítés nélkül. Ajánlja nekik a szülőknek és nagyszülőknek szóló leckét arról, hogyan maradhatnak közel a gyerekhez, mire figyeljenek, és hogyan segíthetnek.
guide-parents-3 = Gondoljon azokra a felnőttekre is, akik valójában nevelik a gyereket: ha a szülők külföldön dolgoznak, ők lehetnek a nagyszülők vagy más rokonok. Ha egy szülőnek kérdése van, vagy nem ért egyet, beszélje meg vele és az iskola vezetésével, az iskola szabályai szerint.

## Guide: co-creation
guide-cocreate-heading = Plakátok, amelyeket a diákok készítenek
guide-cocreate-body = A kampányt maguk a diákok is elkészíthetik. Csoportokban szlogeneket és rövid történeteket javasolnak, aztán az osztály szavaz. A győztes szlogent Ön írja be lent, a plakátkészítőbe, a készítőknél pedig az osztályt vagy az iskolát tüntesse fel, soha egy diák nevét. A történetek kitaláltak: nem az iskola valódi diákjairól vagy dolgozóiról szólnak. Egy 2025-ös tanulmány a romániai gyermekkereskedelemről azt ajánlja, hogy a fiatalok maguk alkossák meg a megelőzés eszközeit; az egyik líceumban egy kampány matricákat és QR-kódokat használt az egész iskolában.

## Guide: the bystander
guide-bystander-heading = A szemtanú: a barát, aki észreveszi
guide-bystander-body = Egy 2025-ös tanulmány a romániai gyermekkereskedelemről azt mutatja, hogy 2018 és 2022 között az 1310 gyermekáldozatból 532-t barátok, 132-t partnerek szerveztek be: az áldozatok többsége ismerte a beszervezőt. Ezért gyakran egy barát veszi észre elsőként, hogy valami nincs rendben. Egy kamasznak viszont árulásnak tűnhet, ha szól egy felnőttnek. Mondja ki világosan: ha segítséget kérsz egy barátodnak, az nem árulkodás, hanem törődés. Erre való a „Ha látsz valamit” lecke.

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

## Guide: the path inside the school after a student tells you something
guide-school-heading = Az iskolán belüli út, ha egy diák elmondott valamit
guide-school-1 = Kövesse az iskola gyermekvédelmi eljárását. Előre tudja meg az igazgatótól vagy az iskolai tanácsadótól, mit ír elő, és ki foglalkozik az ilyen helyzetekkel, hogy ne akkor kelljen keresnie, amikor szüksége van rá.
guide-school-2 = Még aznap mondja el az iskolai tanácsadónak és az igazgatónak, amit megtudott, az eljárás szerint. Jegyezze fel röviden, mit mondott a diák, az ő szavaival, és mikor. Csak azokkal beszéljen róla, akik részt vesznek az eljárásban.
guide-school-3 = A 119-en, a megyei gyermekvédelmi szolgálatnál (DGASPC) tett bejelentéssel nem kell várnia: ha nem éri el a tanácsadót vagy az igazgatót, Ön is felhívhatja a 119-et. A jogszabályok legalább egy iskolai tanácsadót írnak elő 600 diákonként, és egy 2025-ös tanulmány a romániai gyermekkereskedelemről azt írja, hogy a létszámhiány korlátozza a tanácsadók munkáját, így lehet, hogy a tanácsadó épp aznap nincs az iskolában. Ha valaki épp most veszélyben van, hívja a 112-t.
guide-school-4 = Ha az, amit a diák elmondott, valakit a családjából érint, ne beszéljen a családdal, mielőtt a tanácsadóval vagy az igazgatóval beszélt volna, illetve a 119-en jelezte volna az esetet.
guide-school-5 = Egy 2025-ös tanulmány a romániai gyermekkereskedelemről azt mutatja, hogy egyes iskolai szakemberek úgy hitték, a tanácsadó szakmai titoktartása vagy a szülői beleegyezés hiánya miatt nem jelezhetnek egy esetet. A tanulmányban idézett egyik szakember szerint a törvény kötelezővé teszi a súlyos esetek jelzését, különösen ha kiskorúakról van szó, és egyik ok sem akadálya a jelzésnek. Ez a tanulmány megállapítása, nem jogi tanács: a részletekért kérdezze az iskola vezetését az eljárásról, vagy hívja a megyei gyermekvédelmi szolgálatot (DGASPC) a 119-en.

## Guide: images and phones
guide-images-heading = Képek és telefonok: amit soha ne tegyen
guide-images-1 = Ha egy diák elmondja, hogy intim kép van róla vagy egy másik 18 év alatti személyről, ne kérje, hogy megmutassa, ne másolja le, ne készítsen róla képernyőképet, és ne küldje tovább senkinek: se kollégának, se az igazgatónak, se a szülőknek. Ha a diák meg akarja mutatni, mondja meg neki, hogy nincs rá szükség. A segítséghez nem kell látnia: elég továbbadni, amit a diák elmondott.
guide-images-2 = Soha ne kutasson egy diák telefonjában, és ne kérje el tőle a telefonját, hogy megnézzen rajta valamit. A bizonyítékok felkutatása a hatóságok dolga.
guide-images-3 = A diáknak is ugyanezt mondja: ne mentse el a képet, ne készítsen róla képernyőképet, és ne küldje el senkinek, Önnek sem. Az üzeneteket és a fiók nevét megtarthatja a bejelentéshez, a képet viszont ne adja tovább. A Büntető Törvénykönyv 374. cikke a kiskorúakat ábrázoló szexuális anyagokra vonatkozik, és minden másolat újra megsebzi azt, aki a képen van.
guide-images-4 = Az interneten terjedő képeket az esc_ABUZ-on, az Ora de Net (Save the Children Románia) űrlapján lehet jelenteni az oradenet.ro oldalon: a személyes adatok megadása nem kötelező, és aki jelent, azt nem kezelik gyanúsítottként. Ha egy diákot egy képpel zsarolnak, kövesse az iskola eljárását, és jelezze az esetet a 119-en; ha épp most veszélyben van, hívja a 112-t.

## Guide: after the session
guide-after-heading = Az óra után
guide-after-1 = Az óra után maradjon még néhány percig a teremben: könnyebb elmondani valamit, ha nincs ott az egész osztály. Előre szóljon az iskolai tanácsadónak, mikor tartja az órát, hogy tudja: diákok kereshetik.
guide-after-2 = Ha egy diák feldúltnak tűnik, ne a többiek előtt kérdezze meg, mi történt. Az óra után keresse meg egy csendes helyen, és egyszerűen kérdezze meg, hogy van. Ha nem akar beszélni, ne erőltesse: mondja meg neki, hol találja Önt, és hogy a Telefonul Copilului 116 111-es számán bizalmasan beszélhet egy tanácsadóval.
guide-after-3 = Ha egy diák elmond valamit, akár napokkal később is, kövesse a fenti lépéseket: hallgassa meg, ne ígérjen titoktartást, és kövesse az iskola eljárását. Az osztály előtt ne hozza szóba, amit elmondott.
guide-after-4 = Ha egy diák egy barátjáról mond el valamit, köszönje meg neki: pontosan azt tette, amit kellett. Ne kérjen tőle bizonyítékot, és ne kérje meg, hogy derítsen ki többet; innentől ez a felnőttek és az intézmények dolga.
guide-after-5 = Otthoni erőszak esetén a 119 mellett, amely egy gyerek bántalmazásának vagy elhanyagolásának jelzésére szolgál, ott van az ANES vonala is, a 0800 500 333, amely bármelyik hálózatról ingyenes, és éjjel-nappal hívható: családon belüli erőszak, emberkereskedelem és diszkrimináció esetén.
guide-after-6 = Egy ilyen beszélgetés Önt is megviselheti. Beszéljen az iskolai tanácsadóval vagy az igazgatóval, de a diák nevét ne adja tovább szélesebb körben, mint amit az eljárás megkövetel.

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
tool-slogan-builtin = A lecke szlogenje
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
err-slogan-empty = Írja be az osztály által választott szlogent, vagy válassza a lecke szlogenjét.
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
err-font = A plakátok betűtípusát nem sikerült betölteni. A beállításai megmaradtak: ellenőrizze az internetkapcsolatot, és nyomja meg újra a „ZIP letöltése” gombot.
err-texts = Ennek a nyelvnek a szövegeit nem sikerült betölteni: { $lang }. A beállításai megmaradtak: ellenőrizze az internetkapcsolatot, és válassza ki újra a nyelvet.

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
