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

## Help
help-title = Cine te poate ajuta
help-intro = Poți suna chiar dacă nu ești sigur. Tu doar anunți; să găsească dovezile e treaba instituțiilor.
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

## Not found
not-found-title = Pagina nu există
not-found-text = Poate linkul e greșit sau pagina s-a mutat. Linia de ajutor funcționează oricând.
not-found-home = Mergi la pagina principală

## Errors
error-offline = Nu te-ai putut conecta, iar limba aceasta nu e salvată pe telefon. Rămâne limba de acum.
error-server = Serverul nu a răspuns cum trebuie. Rămâne limba de acum; încearcă mai târziu.
pack-error-malformed = Conținutul primit e deteriorat și nu a fost folosit.
pack-error-format = Conținutul primit e pentru altă versiune a aplicației și nu a fost folosit.
pack-error-language = Conținutul primit e în altă limbă și nu a fost folosit.
pack-error-anchor = Conținutul primit schimba numărul liniei de ajutor, așa că nu a fost folosit.
