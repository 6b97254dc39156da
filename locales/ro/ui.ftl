# Interface text, Romanian (the default language and the reference for every other).

language-name = Română
app-name = Veriga
date-format = { $day }.{ $month }.{ $year }
skip-to-content = Sari la conținut
loading = Se încarcă…

## The anchor help line, on every screen
helpline-label = Linia gratuită împotriva traficului de persoane
helpline-purpose = Sună gratuit pentru informații și sfaturi despre traficul de persoane sau ca să semnalezi o bănuială.
helpline-danger = Dacă cineva e în pericol chiar acum, sună la 112.

## Navigation
nav-label = Meniu
nav-home = Acasă
nav-help = Cine te poate ajuta
nav-about = Confidențialitate
language-switch = Limba

## Quick exit
quick-exit = Ieșire rapidă
quick-exit-hint = Sau apasă Shift de 3 ori.

## Home
home-title = Veriga
home-intro = Aici afli cum să te protejezi online și în viața de zi cu zi, și pe cine poți suna când ceva nu e în regulă.
home-help-link = Toate liniile de ajutor și ce se întâmplă când suni
home-about-link = Ce nu colectează Veriga
home-teachers-link = Pentru profesori

## Help
help-title = Cine te poate ajuta
help-intro = Poți suna și dacă doar bănuiești ceva. Tu doar anunți; să găsească dovezile e treaba instituțiilor.
help-danger = E cineva în pericol chiar acum? Sună la 112.
help-who = Cine răspunde
help-happens = Ce se întâmplă
help-cost = Cost
help-hours = Program
help-checked-on = Informații verificate la { $date }.
help-call = Sună la { $number }
help-open-site = Deschide { $site }
help-call-log = Telefonul tău poate păstra apelul în lista de apeluri. Îl poți șterge de acolo.

## About and privacy
about-title = Confidențialitate
about-intro = Veriga nu știe cine ești și nu vrea să știe.
about-no-account = Nu ai cont și nu ți se cere niciun nume, e-mail sau număr de telefon.
about-no-cookies = Nu folosim cookie-uri și nu te urmărim de la o pagină la alta.
about-no-third-parties = Nu se încarcă nimic de pe alte site-uri: nici reclame, nici statistici, nici fonturi.
about-on-device = Limba aleasă și progresul rămân doar pe telefonul tău.
about-quick-exit-title = Ce face ieșirea rapidă
about-quick-exit-does = Butonul „Ieșire rapidă” sau Shift apăsat de 3 ori golesc imediat ecranul și deschid o pagină de căutare obișnuită. Butonul „Înapoi” nu te mai aduce în Veriga.
about-quick-exit-not = Ieșirea rapidă nu șterge istoricul browserului, alte file deschise sau lista de apeluri a telefonului. Dacă nu vrei să rămână urme, șterge-le tu sau folosește o filă privată (incognito).
about-quick-exit-no-js = Dacă JavaScript e oprit în browser, „Ieșire rapidă” e un link obișnuit: deschide pagina de căutare, dar cu „Înapoi” te poți întoarce în Veriga, iar Shift apăsat de 3 ori nu face nimic.

## Not found
not-found-title = Pagina nu există
not-found-text = Poate linkul e greșit sau pagina s-a mutat. Dacă cineva e în pericol chiar acum, sună la 112: răspunde oricând, zi și noapte.
not-found-home = Mergi la pagina principală

## Errors
error-offline = Nu te-ai putut conecta, iar limba aceasta nu e salvată pe telefon. Rămâne limba de acum.
error-server = Serverul nu a răspuns cum trebuie. Rămâne limba de acum; încearcă mai târziu.
pack-error-malformed = Conținutul primit e deteriorat și nu a fost folosit.
pack-error-format = Conținutul primit e pentru altă versiune a aplicației și nu a fost folosit.
pack-error-language = Conținutul primit e în altă limbă și nu a fost folosit.
pack-error-anchor = Conținutul primit ar fi schimbat numărul liniei de ajutor, așa că nu a fost folosit.

## Lessons on Home
nav-settings = Setări
home-lessons-title = Lecții scurte
home-continue = Continuă: { $title }
home-checks-title = Exersează
home-checks-intro = Povești scurte în care cauți semnalele. Răspunsurile rămân doar pe ecran.
theme-online = Online
theme-relationships = Relații
theme-work-money = Muncă și bani
theme-getting-help = Cere ajutor
lesson-minutes = { $minutes } min
lesson-done-badge = Terminată

## The lesson player
lesson-progress = Pasul { $step } din { $total }
lesson-previous = Înapoi
lesson-next = Mai departe
lesson-scenario-title = Ce ai face?
lesson-try-other = Poți alege și alt răspuns ca să vezi ce se întâmplă.
lesson-takeaway-title = De reținut
lesson-action-title = Ce poți face
lesson-finish = Am terminat lecția
lesson-finished = Lecție terminată. Bravo!
lesson-back-to-list = Înapoi la lecții
lesson-swipe-hint = Glisează sau folosește săgețile ca să treci de la un pas la altul.
lesson-not-found-title = Lecția nu există
lesson-not-found-text = Poate codul QR e vechi sau linkul e greșit. Iată lecțiile pe care le avem:
read-aloud = Citește cu voce tare
read-aloud-stop = Oprește citirea

## Self-checks
check-check = Verifică
check-again = Încearcă din nou
check-picked = Ai ales
check-result-yes = Da, e una dintre variantele potrivite.
check-result-no = Nu, nu e una dintre variantele potrivite.
check-score = Ai găsit { $found } din { $total }.
check-nothing-stored = Nu se salvează nimic din ce alegi aici.

## Settings
settings-title = Setări
settings-need-script = Cu JavaScript oprit, mărimea textului, citirea cu voce tare și ștergerea datelor nu funcționează; limba se poate schimba mai jos.
settings-language = Limba
settings-text-size = Mărimea textului
text-size-0 = Normal
text-size-1 = Mare
text-size-2 = Foarte mare
settings-read-aloud = Arată butonul „Citește cu voce tare”
settings-no-voice = Telefonul tău nu are o voce pentru limba aceasta, așa că butonul nu apare.
settings-delete-title = Datele tale
settings-delete-explain = Veriga ține pe telefonul tău doar limba, setările și lecțiile terminate. Le poți șterge oricând.
settings-delete = Șterge datele mele
settings-delete-confirm = Sigur? Se șterg progresul și setările de pe acest telefon.
settings-delete-yes = Da, șterge
settings-delete-no = Nu, lasă-le
settings-deleted = Gata: progresul și setările au fost șterse.

## Offline and updates
offline-title = Fără internet
offline-ready = Veriga e salvată pe telefon și merge și fără internet.
offline-preparing = Veriga se salvează pe telefon ca să meargă și fără internet…
offline-unavailable = Pe acest telefon sau în acest mod de navigare Veriga nu se poate salva pentru folosirea fără internet. Merge în continuare cu internet.
offline-stored = Limbi salvate pe telefon: { $languages }.
offline-none-stored = Nicio limbă nu e încă salvată pe telefon.
update-ready = E gata o versiune nouă a aplicației Veriga.
update-reload = Reîncarcă
update-later = Mai târziu

## Content updates
content-title = Conținutul
content-version = Versiunea conținutului: { $version }, publicată la { $date }.
content-built-in = Conținutul a venit odată cu aplicația.
content-updated = Conținutul a fost actualizat, iar semnătura lui digitală a fost verificată.
content-last-check = Ultima căutare de actualizări: { $when }.
content-never-checked = Încă nu s-au căutat actualizări.
content-last-rejection = Ultima actualizare refuzată ({ $when }): { $reason }
update-rejected-malformed = conținutul primit era deteriorat sau incomplet.
update-rejected-oversize = conținutul primit era prea mare.
update-rejected-unknown-key = era semnat cu o cheie în care aplicația nu are încredere.
update-rejected-signature = semnătura nu se potrivea: conținutul s-a schimbat sau s-a stricat pe drum.
update-rejected-format = era pentru altă versiune a aplicației.
update-rejected-language = era în altă limbă decât cea cerută.
update-rejected-not-newer = nu era mai nou decât conținutul folosit acum.
update-rejected-anchor = ar fi schimbat numărul liniei de ajutor 0800 800 678.
