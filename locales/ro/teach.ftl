# The teacher area (/teach), Romanian: the class-session guide, the poster tool, the text printed
# on posters and stickers, and the README.txt in the poster ZIP. Only facts from
# ../shared/facts.md and the 2025 report. Teachers are addressed politely (dumneavoastră);
# text printed on posters speaks to students (tu).

## The teacher area
teach-title = Pentru profesori și consilieri școlari
teach-intro = Aici găsiți un ghid scurt pentru o oră la clasă și un generator de afișe și autocolante. E gratuit, merge în browser și, după ce pagina s-a încărcat, chiar și fără internet. Nu se trimite nimic nicăieri: totul se face pe acest dispozitiv.
teach-back = Înapoi la aplicația pentru elevi
teach-page-language = Limba acestei pagini

## Guide: a class session of about 45 minutes
guide-heading = O oră la clasă, pas cu pas
guide-session-1 = Început (5 minute): arătați codul de pe un afiș sau proiectați-l și scanați-l împreună. Nu e nevoie de cont și nu se instalează nimic. Cine nu are telefon urmărește pe ecranul mare sau cu un coleg.
guide-session-2 = O lecție împreună (15 minute): alegeți o lecție și citiți pașii cu voce tare. La „Ce ai face?”, clasa votează ridicând mâna; apoi citiți explicația pentru fiecare răspuns, nu doar pentru cel bun.
guide-session-3 = Discuție (15 minute): în grupuri mici, elevii discută povestea din lecție sau una dintre poveștile de la „Exersează”. Întrebați-i: Ce semnale vedeți? Ce ar putea face un prieten? Pe cine ar putea suna?
guide-session-4 = Pe tot parcursul: nimeni nu e întrebat „Ești victimă?” și nimeni nu trebuie să povestească ceva personal. Vorbiți mereu despre personajele din poveste, niciodată despre cineva din clasă. Așa, fiecare poate recunoaște singur o situație, fără să fie întrebat.
guide-session-5 = Final (10 minute): fiecare își salvează în telefon 0800 800 678, linia gratuită împotriva traficului de persoane, și ține minte 112 pentru un pericol imediat. Spuneți-le unde vă pot găsi pe dumneavoastră și pe consilierul școlar.

## Guide: which lessons for which age
guide-ages-heading = Ce lecții alegeți, după vârstă
guide-ages-1 = Un studiu din 2025 despre traficul de copii din România arată că cele mai multe victime minore sunt fete de 15–17 ani, iar băieții sunt vizați tot mai des, adesea la 13–14 ani. De aceea, lecțiile despre internet și despre relații își au locul încă de la gimnaziu.
guide-ages-2 = La gimnaziu (12–14 ani), începeți cu prieteniile online, cu ce împărtășesc elevii pe internet, cu cine îi poate ajuta și ce se întâmplă când sună, cu prietenul care observă că ceva nu e în regulă, cu recrutorul care e o rudă, un vecin sau un prieten al familiei și cu lecția despre violența sau neglijarea de acasă.
guide-ages-3 = În clasele a VII-a și a VIII-a, adăugați lecțiile despre pozele intime și presiune, despre dragostea folosită drept capcană și despre băieții plătiți sau presați să aducă pe cineva la o „întâlnire”.
guide-ages-4 = La liceu (15–18 ani), toate acestea rămân potrivite. Adăugați lecțiile despre muncă și bani: ofertele prea frumoase ca să fie adevărate, planurile de viitor, munca forțată și cerșetoria forțată, și prietenul care a plecat brusc „la muncă” sau cu un partener și nu mai răspunde.
guide-ages-5 = Lecția despre planurile de viitor și cea despre mutarea la internat, la un liceu din alt oraș, se potrivesc și în clasa a VIII-a, înainte ca elevii să-și aleagă liceul sau școala profesională. Același studiu numără printre factorii de risc părăsirea timpurie a școlii și internatul la un liceu din oraș, departe de familie.
guide-ages-6 = Lecția pentru părinți și bunici nu e pentru clasă: propuneți-o familiilor (vedeți mai jos). Citiți fiecare lecție înainte de oră: dumneavoastră vă cunoașteți elevii și știți pentru ce e pregătită clasa.

## Guide: telling parents before the session
guide-parents-heading = Înainte de oră, anunțați părinții
guide-parents-1 = Cu câteva zile înainte, spuneți-le părinților ce temă discutați și de ce: la ședința cu părinții, pe grupul părinților sau printr-un bilet. Vorbiți despre clasă în ansamblu, niciodată despre un anumit elev.
guide-parents-2 = Spuneți-le că pot vedea și ei lecțiile: aplicația se deschide în browser, fără cont și fără să instaleze nimic. Recomandați-le lecția pentru părinți și bunici, despre cum rămân aproape de copil, ce să observe și cum pot ajuta.
guide-parents-3 = Gândiți-vă și la adulții care cresc de fapt copilul: când părinții lucrează în străinătate, pot fi bunicii sau alte rude. Dacă un părinte are întrebări sau nu e de acord, discutați cu el și cu conducerea școlii, după regulile școlii.

## Guide: co-creation
guide-cocreate-heading = Afișe făcute de elevi
guide-cocreate-body = Campania o pot face chiar elevii. În grupuri, ei propun sloganuri și povești scurte, apoi clasa votează. Dumneavoastră scrieți sloganul câștigător mai jos, în generator, iar la semnătură treceți clasa sau școala, niciodată numele unui elev. Poveștile sunt inventate, nu despre oameni reali din școală. Un studiu din 2025 despre traficul de copii din România recomandă ca tinerii să creeze ei înșiși instrumentele de prevenire; într-un liceu, o campanie a folosit autocolante cu coduri QR prin toată școala.

## Guide: the bystander
guide-bystander-heading = Martorul: prietenul care observă
guide-bystander-body = Un studiu din 2025 despre traficul de copii din România arată că, între 2018 și 2022, 532 dintre cei 1.310 copii victime au fost recrutați de prieteni și 132 de parteneri: cele mai multe victime îl cunoșteau pe recrutor. De aceea, adesea un prieten observă primul că ceva nu e în regulă. Pentru un adolescent însă, să spună unui adult poate părea trădare. Spuneți-o clar: să ceri ajutor pentru un prieten nu e turnătorie, e grijă. Lecția „Dacă vezi ceva” e făcută pentru asta.

## Guide: you notify, you don't have to prove
guide-notify-heading = Anunțați, nu trebuie să dovediți
guide-notify-body = Mulți adulți nu semnalează o bănuială pentru că n-au dovezi. Nici nu e nevoie: cine anunță autoritățile trebuie doar să anunțe, nu să dovedească; dovezile le caută instituțiile. Le puteți spune elevilor exact așa.

## Guide: if a student tells you something
guide-disclosure-heading = Dacă un elev vă spune ceva
guide-disclosure-1 = Ascultați calm, până la capăt. Spuneți-i: „Te cred. Nu e vina ta.” Nu-l luați la întrebări, nu faceți investigații pe cont propriu și nu-l confruntați pe cel despre care e vorba.
guide-disclosure-2 = Nu promiteți un secret pe care nu-l puteți păstra. Spuneți-i pe cine veți anunța și de ce („Ca să te pot ajuta, trebuie să vorbesc cu…”) și explicați-i ce urmează.
guide-disclosure-3 = Dacă cineva e în pericol chiar acum, sunați la 112.
guide-disclosure-4 = Abuzul, neglijarea sau exploatarea unui copil se semnalează la 119 (serviciul de protecție a copilului din județ, DGASPC): gratuit din orice rețea, non-stop. Spuneți-i sincer elevului că apelurile la 119 sunt localizate, identificate și înregistrate.
guide-disclosure-5 = Pentru informații și sfaturi despre traficul de persoane sau ca să semnalați o bănuială: 0800 800 678, apel gratuit. În orice caz, urmați procedura de protecție a copilului a școlii dumneavoastră.

## Guide: the path inside the school after a student tells you something
guide-school-heading = Drumul în școală după ce un elev v-a spus ceva
guide-school-1 = Urmați procedura de protecție a copilului a școlii dumneavoastră. Aflați dinainte, de la director sau de la consilierul școlar, ce prevede și cine se ocupă de astfel de situații, ca să n-o căutați abia în ziua în care aveți nevoie de ea.
guide-school-2 = În aceeași zi, spuneți-le consilierului școlar și directorului ce ați aflat, după procedură. Notați pe scurt ce v-a spus elevul, cu cuvintele lui, și când. Vorbiți despre asta doar cu cei implicați în procedură.
guide-school-3 = Semnalarea la 119, la serviciul de protecție a copilului din județ (DGASPC), nu trebuie să aștepte: dacă nu-i găsiți pe consilier sau pe director, puteți suna chiar dumneavoastră. Cadrul legal cere cel puțin un consilier școlar la 600 de elevi, iar un studiu din 2025 despre traficul de copii din România spune că lipsa de personal limitează munca consilierilor, așa că se poate ca tocmai în ziua aceea consilierul să nu fie în școală. Dacă cineva e în pericol chiar acum, sunați la 112.
guide-school-4 = Dacă ce v-a spus elevul privește pe cineva din familia lui, nu discutați cu familia înainte să vorbiți cu consilierul sau cu directorul ori să sunați la 119.
guide-school-5 = Un studiu din 2025 despre traficul de copii din România arată că unii profesioniști din școli credeau că secretul profesional al consilierului sau lipsa acordului părinților îi împiedică să semnaleze un caz. Un specialist citat în studiu spune că legea prevede obligația de a semnala cazurile grave, mai ales când e vorba de minori, și că niciunul dintre aceste motive nu oprește semnalarea. Aceasta e constatarea studiului, nu un sfat juridic: pentru detalii, întrebați conducerea școlii despre procedură sau sunați la serviciul de protecție a copilului din județ (DGASPC), la 119.

## Guide: images and phones
guide-images-heading = Imagini și telefoane: ce nu faceți niciodată
guide-images-1 = Dacă un elev vă spune că există o imagine intimă cu el sau cu altcineva sub 18 ani, nu cereți să o vedeți, nu o copiați, nu faceți captură de ecran și nu o trimiteți nimănui: nici colegilor, nici directorului, nici părinților. Dacă elevul vrea să v-o arate, spuneți-i că nu e nevoie. Ca să ajutați, nu trebuie s-o vedeți: ajunge să spuneți mai departe ce v-a povestit elevul.
guide-images-2 = Nu căutați niciodată în telefonul unui elev și nu-i cereți să vi-l dea ca să verificați ceva. Dovezile le caută autoritățile.
guide-images-3 = Spuneți-i și elevului același lucru: să nu salveze imaginea, să nu facă captură de ecran și să n-o trimită nimănui, nici măcar dumneavoastră. Mesajele și numele contului le poate păstra pentru semnalare, fără să dea imaginea mai departe. Art. 374 din Codul penal se referă la materialele sexuale cu minori, iar fiecare copie o rănește din nou pe persoana din imagine.
guide-images-4 = Imaginile de pe internet se pot raporta prin esc_ABUZ, formularul Ora de Net (Salvați Copiii România) de pe oradenet.ro: datele personale sunt opționale, iar cine raportează nu e tratat ca suspect. Dacă un elev e șantajat cu o imagine, urmați procedura școlii și semnalați la 119; dacă e în pericol chiar acum, sunați la 112.

## Guide: after the session
guide-after-heading = După oră
guide-after-1 = Rămâneți câteva minute în clasă după oră: unui elev îi e mai ușor să vă spună ceva când nu e toată clasa de față. Spuneți-i dinainte consilierului școlar când țineți ora, ca să știe că s-ar putea să-l caute elevi.
guide-after-2 = Dacă un elev pare supărat, nu-l întrebați de față cu ceilalți ce s-a întâmplat. Căutați-l după oră, într-un loc liniștit, și întrebați-l simplu cum se simte. Dacă nu vrea să vorbească, nu insistați: spuneți-i unde vă găsește și că la Telefonul Copilului, 116 111, poate vorbi confidențial cu un consilier.
guide-after-3 = Dacă un elev vă spune ceva, chiar și după câteva zile, urmați pașii de mai sus: ascultați, nu promiteți un secret, urmați procedura școlii. Nu reveniți în fața clasei asupra celor spuse de el.
guide-after-4 = Dacă un elev vă spune ceva despre un prieten, mulțumiți-i: a făcut exact ce trebuia. Nu-i cereți dovezi și nu-l trimiteți să afle mai multe; de restul se ocupă adulții și instituțiile.
guide-after-5 = Pentru violența de acasă, pe lângă 119, linia pentru abuzul sau neglijarea unui copil, există și linia ANES, 0800 500 333, gratuită din orice rețea, non-stop, pentru violența domestică, traficul de persoane și discriminare.
guide-after-6 = O astfel de discuție vă poate apăsa și pe dumneavoastră. Vorbiți cu consilierul școlar sau cu directorul, fără să dați numele elevului mai departe decât cere procedura.

## Poster tool
tool-heading = Afișe și autocolante
tool-intro = Alegeți lecțiile, limba, formatele și un slogan, apoi descărcați un singur ZIP: un PDF cu toate paginile, câte un SVG pentru fiecare afiș și indicații de tipărire. Totul se face pe acest dispozitiv.
tool-lessons = Lecții
tool-lessons-all = Selectați toate
tool-lessons-none = Ștergeți selecția
tool-language = Limba afișelor
tool-formats = Formate
format-a4 = Afiș A4
format-a3 = Afiș A3
format-stickers = Coală A4 de autocolante: 3 × 7 etichete de 63,5 × 38,1 mm
tool-tag = Cod de campanie (opțional)
tool-tag-help = Cel mult 16 caractere: a–z, 0–9 și cratimă (-). Se adaugă în codul QR, ca scanările de pe afișele școlii dumneavoastră să poată fi numărate separat; despre elevi nu se înregistrează nimic.
tool-slogan = Slogan
tool-slogan-builtin = Sloganul lecției
tool-slogan-own = Sloganul clasei
tool-slogan-own-help = Elevii propun și aleg; scrieți aici sloganul câștigător. Fără nume, numere de telefon, linkuri sau adrese de e-mail.
tool-credit = Semnătură (opțional)
tool-credit-help = Scrieți numele școlii sau al clasei, de exemplu „Clasa a VIII-a B, Școala Gimnazială nr. 3”, niciodată numele unui elev.
tool-preview = Previzualizare
tool-preview-page = Pagina { $n } din { $total }
tool-download = Descărcați ZIP-ul
tool-done = Gata. Pagini: { $pages }. Timp: { $ms } ms.
tool-why-no-lessons = Alegeți cel puțin o lecție ca să puteți descărca.
tool-why-no-formats = Alegeți cel puțin un format ca să puteți descărca.

## Poster tool: errors, shown next to the field
err-tag = Codul de campanie poate avea cel mult 16 caractere și doar litere mici fără diacritice (a–z), cifre (0–9) și cratimă (-). De exemplu: scoala3-8b.
err-slogan-empty = Scrieți sloganul ales de clasă sau alegeți sloganul lecției.
err-slogan-long = Sloganul e prea lung pentru afiș: scurtați-l.
err-slogan-link = Fără linkuri în slogan: codul de pe afiș duce deja la lecție. Ștergeți linkul.
err-slogan-email = Fără adrese de e-mail în slogan. Ștergeți adresa.
err-slogan-phone = Fără numere de telefon în slogan: afișul tipărește oricum 0800 800 678. Ștergeți numărul.
err-slogan-name = Sloganul pare să numească o persoană, iar afișele nu numesc niciodată pe nimeni. Reformulați-l fără nume.
err-slogan-letters = Fontul afișului nu poate tipări: { $chars }. Înlocuiți sau ștergeți aceste caractere.
err-credit-long = Semnătura e prea lungă pentru afiș: scurtați-o, de exemplu doar clasa și școala.
err-credit-contact = Fără linkuri, adrese de e-mail sau numere de telefon în semnătură: doar numele școlii sau al clasei.
err-credit-school = Semnătura trebuie să numească o școală sau o clasă, de exemplu „Clasa a VIII-a B, Școala Gimnazială nr. 3”.
err-credit-letters = Fontul afișului nu poate tipări: { $chars }. Înlocuiți sau ștergeți aceste caractere.
err-pack = Fișierul ZIP nu a putut fi creat ({ $reason }). Alegerile făcute rămân; încercați din nou.
err-font = Fontul afișelor nu a putut fi încărcat. Alegerile făcute rămân: verificați conexiunea la internet și apăsați din nou „Descărcați ZIP-ul”.
err-texts = Textele acestei limbi nu au putut fi încărcate: { $lang }. Alegerile făcute rămân: verificați conexiunea la internet și alegeți din nou limba.

## Printed on posters and stickers (read from 1 m and 30 cm: keep it short)
print-scan = Scanează: o lecție de câteva minute
print-helpline = Apel gratuit: informații și sfaturi despre traficul de persoane sau ca să semnalezi o bănuială
print-sticker-helpline = Apel gratuit
print-danger = În pericol chiar acum? Sună la 112.
print-credit = Realizat de { $who }

## README.txt in the poster ZIP
readme-title = Veriga: afișe și autocolante. Cum le tipăriți
readme-files = Fișierul posters.pdf conține toate paginile; în dosarul svg e câte un fișier pentru fiecare afiș.
readme-scale = Tipăriți la 100% („Dimensiune reală”), niciodată cu „Potrivire în pagină”: codurile au mărimea aleasă ca să poată fi scanate de la distanța de la care vor fi citite.
readme-a4 = Afișele A4: hârtie A4, orice imprimantă de birou. Se potrivesc la avizier sau pe ușa clasei, unde lumea stă aproape.
readme-a3 = Afișele A3: hârtie A3. Dacă imprimanta școlii nu tipărește A3, le poate tipări un centru de copiere; nu le micșorați pe A4 (alegeți atunci afișul A4). Sunt pentru holuri, unde lumea citește de mai departe.
readme-stickers = Paginile cu autocolante sunt coli A4 de etichete, 3 pe rând și 7 pe coloană, de 63,5 × 38,1 mm (de exemplu Avery L7160 sau o coală compatibilă). Tipăriți întâi o pagină pe hârtie simplă și puneți-o peste o coală, ca să verificați alinierea.
readme-test = Înainte să tipăriți multe exemplare, tipăriți unul și scanați-i codul cu un telefon, de unde vor sta elevii.
readme-place = Puneți afișele la nivelul ochilor, acolo unde elevii așteaptă sau trec: pe holuri, lângă avizier, pe scări, la intrare. Alegeți locuri unde oricine poate scana liniștit, fără să se simtă urmărit.
