# Interface text, Hungarian.

language-name = Magyar
app-name = Veriga
date-format = { $year }. { $month }. { $day }.
skip-to-content = Ugrás a tartalomra
loading = Betöltés…

## The anchor help line, on every screen
helpline-label = Ingyenes vonal az emberkereskedelem ellen
helpline-purpose = Hívd ingyen, ha tájékoztatást vagy tanácsot kérnél az emberkereskedelemről, vagy ha gyanút szeretnél jelezni.
helpline-danger = Ha valaki épp most veszélyben van, hívd a 112-t.

## Navigation
nav-label = Menü
nav-home = Kezdőlap
nav-help = Ki segíthet
nav-about = Adatvédelem
language-switch = Nyelv

## Quick exit
quick-exit = Gyors kilépés
quick-exit-hint = Vagy nyomd meg háromszor a Shiftet.

## Home
home-title = Veriga
home-intro = Itt megtudhatod, hogyan vigyázhatsz magadra a neten és a mindennapokban, és kit hívhatsz, ha valami nincs rendben.
home-help-link = Az összes segélyvonal, és mi történik, ha telefonálsz
home-about-link = Mit nem gyűjt a Veriga
home-teachers-link = Tanároknak

## Help
help-title = Ki segíthet
help-intro = Akkor is telefonálhatsz, ha csak gyanítasz valamit. Neked elég szólnod; a bizonyítékok felkutatása az intézmények dolga.
help-danger = Valaki épp most veszélyben van? Hívd a 112-t.
help-who = Ki veszi fel
help-happens = Mi történik
help-cost = Költség
help-hours = Mikor hívható
help-checked-on = Ellenőrizve: { $date }
help-call = Hívás: { $number }
help-open-site = Megnyitás: { $site }
help-call-log = A telefonod a hívásnaplóban megőrizheti ezt a hívást. Onnan törölheted.

## About and privacy
about-title = Adatvédelem
about-intro = A Veriga nem tudja, ki vagy, és nem is akarja tudni.
about-no-account = Nincs fiók, és senki nem kéri a neved, az e-mail-címed vagy a telefonszámod.
about-no-cookies = Nincsenek sütik, és semmi nem követ oldalról oldalra.
about-no-third-parties = Semmi nem töltődik be más oldalakról: se reklám, se statisztika, se betűtípus.
about-on-device = A választott nyelv és a haladásod csak a telefonodon marad.
about-quick-exit-title = Mit csinál a gyors kilépés
about-quick-exit-does = A „Gyors kilépés” gomb vagy a háromszor lenyomott Shift azonnal eltünteti, ami a képernyőn van, és megnyit egy hétköznapi keresőoldalt. A Vissza gomb nem hoz vissza a Verigába.
about-quick-exit-not = A gyors kilépés nem törli a böngésző előzményeit és a telefon hívásnaplóját, és nem zárja be a többi megnyitott lapot. Ha nem akarsz nyomot hagyni, töröld, illetve zárd be ezeket te magad, vagy használj privát (inkognitó) lapot.
about-quick-exit-no-js = Ha a böngésződben ki van kapcsolva a JavaScript, a „Gyors kilépés” egy egyszerű link: megnyitja a keresőoldalt, de a Vissza gombbal visszajuthatsz a Verigába, és a Shift háromszori lenyomása nem csinál semmit.

## Not found
not-found-title = Ez az oldal nem létezik
not-found-text = Lehet, hogy rossz a link, vagy az oldal máshová került. Ha valaki épp most veszélyben van, hívd a 112-t: ez a szám éjjel-nappal hívható.
not-found-home = Vissza a kezdőlapra

## Errors
error-offline = Nincs internetkapcsolat, és ez a nyelv még nincs elmentve a telefonodon. Marad a mostani nyelv.
error-server = A szerver nem válaszolt rendesen. Marad a mostani nyelv; próbáld újra később.
pack-error-malformed = A kapott tartalom sérült volt, ezért nem használtuk.
pack-error-format = A kapott tartalom az alkalmazás egy másik verziójához készült, ezért nem használtuk.
pack-error-language = A kapott tartalom más nyelvű, ezért nem használtuk.
pack-error-anchor = A kapott tartalom megváltoztatta volna a segélyvonal számát, ezért nem használtuk.

## Lessons on Home
nav-settings = Beállítások
home-lessons-title = Rövid leckék
home-continue = Folytatás: { $title }
home-checks-title = Gyakorolj
home-checks-intro = Rövid történetek, amelyekben a jeleket keresed. A válaszaid csak a képernyőn maradnak.
theme-online = Online
theme-relationships = Kapcsolatok
theme-work-money = Munka és pénz
theme-getting-help = Segítségkérés
lesson-minutes = { $minutes } perc
lesson-done-badge = Kész

## The lesson player
lesson-progress = Lépés: { $step } / { $total }
lesson-previous = Vissza
lesson-next = Tovább
lesson-scenario-title = Te mit tennél?
lesson-try-other = Egy másik választ is kipróbálhatsz, hogy lásd, mi történik.
lesson-takeaway-title = Jegyezd meg
lesson-action-title = Mit tehetsz
lesson-finish = Befejeztem a leckét
lesson-finished = Kész a lecke. Szép munka!
lesson-back-to-list = Vissza a leckékhez
lesson-swipe-hint = Húzd el az ujjad, vagy használd a nyilakat a lépések között.
lesson-not-found-title = Ez a lecke nem létezik
lesson-not-found-text = Lehet, hogy régi a QR-kód, vagy rossz a link. Ezek a leckéink:
read-aloud = Felolvasás
read-aloud-stop = Felolvasás leállítása

## Self-checks
check-check = Ellenőrzés
check-again = Újra
check-picked = Ezt választottad
check-result-yes = Igen, ez az egyik.
check-result-no = Nem, ez nem tartozik közéjük.
check-score = Eredményed: { $found } / { $total }
check-nothing-stored = Semmi sem mentődik el abból, amit itt választasz.

## Settings
settings-title = Beállítások
settings-need-script = Kikapcsolt JavaScripttel a betűméret, a felolvasás és az adatok törlése nem működik; a nyelvet lent így is átállíthatod.
settings-language = Nyelv
settings-text-size = Betűméret
text-size-0 = Normál
text-size-1 = Nagy
text-size-2 = Még nagyobb
settings-read-aloud = A „Felolvasás” gomb megjelenítése
settings-no-voice = A telefonodon nincs hang ehhez a nyelvhez, ezért a gomb nem jelenik meg.
settings-delete-title = Az adataid
settings-delete-explain = A Veriga csak a nyelvet, a beállításokat és a befejezett leckéket tárolja, mégpedig csak a telefonodon. Bármikor törölheted őket.
settings-delete = Adataim törlése
settings-delete-confirm = Biztos vagy benne? Ez törli a haladásodat és a beállításaidat ezen a telefonon.
settings-delete-yes = Igen, törlöm
settings-delete-no = Nem, maradjanak
settings-deleted = Kész: a haladásod és a beállításaid törlődtek.

## Offline and updates
offline-title = Internet nélkül
offline-ready = A Veriga el van mentve a telefonodon, és internet nélkül is működik.
offline-preparing = A Veriga mentése folyamatban, hogy internet nélkül is működjön…
offline-unavailable = Ezen a telefonon vagy ebben a böngészési módban a Veriga nem menthető el internet nélküli használatra. Internettel továbbra is működik.
offline-stored = A telefonodra mentett nyelvek: { $languages }.
offline-none-stored = Még egy nyelv sincs elmentve a telefonodra.
update-ready = Elkészült a Veriga új verziója.
update-reload = Újratöltés
update-later = Később

## Content updates
content-title = Tartalom
content-version = Tartalomverzió: { $version }, közzétéve: { $date }.
content-built-in = A tartalom az alkalmazással együtt érkezett.
content-updated = A tartalom frissült, és a digitális aláírását ellenőriztük.
content-last-check = Frissítések utoljára keresve: { $when }.
content-never-checked = Még nem kerestünk frissítést.
content-last-rejection = Utoljára elutasított frissítés ({ $when }): { $reason }
update-rejected-malformed = a kapott tartalom sérült vagy hiányos volt.
update-rejected-oversize = a kapott tartalom túl nagy volt.
update-rejected-unknown-key = olyan kulccsal írták alá, amelyben az alkalmazás nem bízik.
update-rejected-signature = az aláírás nem egyezett: a tartalom útközben megváltozott vagy megsérült.
update-rejected-format = az alkalmazás egy másik verziójához készült.
update-rejected-language = más nyelvű volt, mint a kért.
update-rejected-not-newer = nem volt újabb a most használt tartalomnál.
update-rejected-anchor = megváltoztatta volna a segélyvonal számát (0800 800 678).
