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

## Guide: co-creation
guide-cocreate-heading = Afișe făcute de elevi
guide-cocreate-body = Campania o pot face chiar elevii. În grupuri, ei propun sloganuri și povești scurte, apoi clasa votează. Dumneavoastră scrieți sloganul câștigător mai jos, în generator, iar la semnătură treceți clasa sau școala, niciodată numele unui elev. Poveștile sunt inventate, nu despre oameni reali din școală. Studiul din 2025 recomandă ca tinerii să creeze ei înșiși instrumentele de prevenire; într-un liceu, o campanie a folosit autocolante cu coduri QR prin toată școala.

## Guide: the bystander
guide-bystander-heading = Martorul: prietenul care observă
guide-bystander-body = Între 2018 și 2022, 532 dintre cei 1.310 copii victime au fost recrutați de prieteni și 132 de parteneri: cele mai multe victime îl cunoșteau pe recrutor. De aceea, adesea un prieten observă primul că ceva nu e în regulă. Pentru un adolescent însă, să spună unui adult poate părea trădare. Spuneți-o clar: să ceri ajutor pentru un prieten nu e turnătorie, e grijă. Lecția „Dacă vezi ceva” e făcută pentru asta.

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
tool-slogan-builtin = Unul dintre ale noastre
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
err-slogan-empty = Scrieți sloganul ales de clasă sau alegeți unul dintre ale noastre.
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
