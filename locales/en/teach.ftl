# The teacher area (/teach), English: the class-session guide, the poster tool, the text printed
# on posters and stickers, and the README.txt in the poster ZIP. Only facts from
# ../shared/facts.md and the 2025 report. Written in English, from the same sources.

## The teacher area
teach-title = For teachers and school counsellors
teach-intro = Here you'll find a short guide for a class session and a maker for posters and stickers. It's free, works in the browser and, once this page has loaded, even without internet. Nothing is sent anywhere: everything is made on this device.
teach-back = Back to the student app
teach-page-language = Language of this page

## Guide: a class session of about 45 minutes
guide-heading = Running a class session
guide-session-1 = Start (5 minutes): show the code on a poster or project it, and scan it together. No account is needed and nothing is installed. Anyone without a phone follows on the big screen or with a classmate.
guide-session-2 = One lesson together (15 minutes): pick a lesson and read its steps aloud. At “What would you do?”, the class votes by show of hands; then read the feedback for every answer, not just the right one.
guide-session-3 = Discussion (15 minutes): in small groups, students talk through the lesson's story or one of the “Practise” stories. Ask them: What signs do you see? What could a friend do? Who could they call?
guide-session-4 = Throughout: no one is ever asked “Are you a victim?”, and no one has to share anything personal. Always talk about the people in the story, never about someone in the class. That way, everyone can recognise a situation for themselves without being asked.
guide-session-5 = End (10 minutes): everyone saves 0800 800 678, the free line against human trafficking, in their phone, and remembers 112 for danger right now. Tell them where they can find you and the school counsellor.

## Guide: which lessons for which age
guide-ages-heading = Which lessons for which age
guide-ages-1 = A 2025 study of child trafficking in Romania shows that most child victims are girls aged 15–17, and that boys are increasingly targeted, often at 13–14. So the lessons about the internet and relationships have their place from gimnaziu (lower secondary school) onwards.
guide-ages-2 = In gimnaziu (ages 12–14), start with online friendships, what students share online, who can help and what happens when you call, the friend who notices that something is wrong, the recruiter who is a relative, a neighbour or a family friend, and the lesson on violence or neglect at home.
guide-ages-3 = In grades 7 and 8, add the lessons on intimate photos and pressure, on love used as a trap, and on boys paid or pushed to bring someone to a “meeting”.
guide-ages-4 = In liceu (high school, ages 15–18), all of these still fit. Add the lessons on work and money: offers too good to be true, plans for the future, forced labour and forced begging, and the friend who suddenly left “for work” or with a partner and stopped answering.
guide-ages-5 = The lessons on plans for the future and on moving to another city for high school, into a school dorm, also suit grade 8, before students choose a high school or a vocational school. The same study counts leaving school early, and boarding at a city high school far from family, among the risk factors.
guide-ages-6 = The lesson for parents and grandparents is not for the class: suggest it to families (see below). Read every lesson before the session: you know your students and what your class is ready for.

## Guide: telling parents before the session
guide-parents-heading = Before the session, tell the parents
guide-parents-1 = A few days before, tell parents what topic you will cover and why: at a parents' meeting, in the parents' group chat or with a note. Talk about the class as a whole, never about one student.
guide-parents-2 = Tell them they can look at the lessons too: the app opens in the browser, with no account and nothing to install. Suggest the lesson for parents and grandparents, on how to stay close to their child, what to notice and how to help.
guide-parents-3 = Think too of the adults who actually bring the child up: when parents work abroad, that may be grandparents or other relatives. If a parent has questions or disagrees, talk it through with them and the school's leadership, following the school's rules.

## Guide: co-creation
guide-cocreate-heading = Posters the students make
guide-cocreate-body = The students can make the campaign themselves. In groups they propose slogans and short stories, then the class votes. You type the winning slogan into the poster maker below and credit the class or the school, never a named student. The stories are made up, not about real people at school. A 2025 study of child trafficking in Romania recommends letting young people create prevention tools themselves; one high school ran a campaign with stickers and QR codes all around the school.

## Guide: the bystander
guide-bystander-heading = The bystander: a friend who notices
guide-bystander-body = A 2025 study of child trafficking in Romania shows that in 2018–2022, 532 of the 1,310 child victims were recruited by friends and 132 by partners: most victims knew the recruiter. So a friend is often the first to notice that something is wrong. But for a teenager, telling an adult can feel like betrayal. Say it plainly: asking for help for a friend isn't snitching, it's care. The lesson “If you see something” is made for this.

## Guide: you notify, you don't have to prove
guide-notify-heading = You notify; you don't have to prove
guide-notify-body = Many adults don't report a suspicion because they have no proof. They don't need any: whoever notifies the authorities only has to notify, not to prove; finding the evidence is the institutions' job. You can tell your students exactly this.

## Guide: if a student tells you something
guide-disclosure-heading = If a student tells you something
guide-disclosure-1 = Listen calmly, all the way through. Tell them: “I believe you. It's not your fault.” Don't question them closely, don't investigate on your own, and don't confront the person involved.
guide-disclosure-2 = Don't promise a secret you can't keep. Say who you will tell and why (“So I can help you, I need to talk to…”), and explain what happens next.
guide-disclosure-3 = If someone is in danger right now, call 112.
guide-disclosure-4 = To report abuse, neglect or exploitation of a child, call 119 (the county child-protection service, DGASPC): free from any network, 24/7. Tell the student honestly that calls to 119 are located, identified and recorded.
guide-disclosure-5 = For information and advice about trafficking, or to report a suspicion: 0800 800 678, a free call. In every case, follow your school's child-protection procedure.

## Guide: the path inside the school after a student tells you something
guide-school-heading = The path inside the school after a student tells you something
guide-school-1 = Follow your school's child-protection procedure. Find out in advance, from the head teacher or the school counsellor, what it says and who deals with these situations, so you are not looking for it on the day you need it.
guide-school-2 = The same day, tell the school counsellor and the head teacher what you have learned, as the procedure sets out. Write down briefly what the student said, in their own words, and when. Discuss it only with the people the procedure involves.
guide-school-3 = A report to 119, the county child-protection service (DGASPC), does not have to wait: if you cannot reach the counsellor or the head teacher, you can call yourself. The legal framework requires at least one school counsellor for every 600 students, and a 2025 study of child trafficking in Romania says shortages limit their work, so the counsellor may not be in school on that very day. If someone is in danger right now, call 112.
guide-school-4 = If what the student told you concerns someone in their family, don't talk to the family before you have spoken to the counsellor or the head teacher, or called 119.
guide-school-5 = A 2025 study of child trafficking in Romania shows that some school professionals believed a counsellor's professional confidentiality, or the lack of parental consent, kept them from reporting a case. A specialist quoted in the study says the law sets a duty to report serious cases, especially those involving minors, and that neither reason stops a report. This is what the study found, not legal advice: for the details, ask your school's leadership about the procedure, or call the county child-protection service (DGASPC) on 119.

## Guide: images and phones
guide-images-heading = Images and phones: what you never do
guide-images-1 = If a student tells you there is an intimate image of them, or of anyone else under 18, don't ask to see it, don't copy it or take a screenshot, and don't forward it to anyone: not to colleagues, not to the head teacher, not to parents. If the student wants to show it to you, say there is no need. You don't need to see it to help: passing on what the student told you is enough.
guide-images-2 = Never search a student's phone, and never ask them to hand it over so you can check something. Finding the evidence is the authorities' job.
guide-images-3 = Tell the student the same: don't save the image, don't screenshot it and don't send it to anyone, not even to you. They can keep the messages and the account name for a report, without passing the image on. Art. 374 of the Criminal Code covers sexual material involving minors, and every copy hurts the person in it again.
guide-images-4 = Images online can be reported through esc_ABUZ, the Ora de Net (Save the Children Romania) form on oradenet.ro: personal details are optional, and people who report are not treated as suspects. If a student is being blackmailed with an image, follow the school's procedure and report it to 119; if they are in danger right now, call 112.

## Guide: after the session
guide-after-heading = After the session
guide-after-1 = Stay in the room for a few minutes afterwards: it is easier to tell you something when the whole class isn't there. Let the school counsellor know beforehand when you are running the session, so they can expect students to come to them.
guide-after-2 = If a student seems upset, don't ask what happened in front of the others. Find them after the session, somewhere quiet, and simply ask how they are. If they don't want to talk, don't push: tell them where to find you, and that at Telefonul Copilului, 116 111, they can talk to a counsellor confidentially.
guide-after-3 = If a student tells you something, even days later, follow the steps above: listen, don't promise a secret, follow the school's procedure. Don't bring up what they told you in front of the class.
guide-after-4 = If a student tells you something about a friend, thank them: they did exactly the right thing. Don't ask them for proof or send them to find out more; the adults and the institutions take it from there.
guide-after-5 = For violence at home, besides 119, the line for the abuse or neglect of a child, there is the ANES line, 0800 500 333, free from any network and open 24/7, for domestic violence, trafficking and discrimination.
guide-after-6 = A conversation like this can weigh on you too. Talk to the school counsellor or the head teacher, without passing the student's name on any further than the procedure requires.

## Poster tool
tool-heading = Posters and stickers
tool-intro = Pick the lessons, a language, the formats and a slogan, then download one ZIP: a PDF with every page, an SVG for each poster and printing notes. Everything is made on this device.
tool-lessons = Lessons
tool-lessons-all = Select all
tool-lessons-none = Clear
tool-language = Poster language
tool-formats = Formats
format-a4 = A4 poster
format-a3 = A3 poster
format-stickers = A4 sticker sheet: 3 × 7 labels, 63.5 × 38.1 mm
tool-tag = Campaign tag (optional)
tool-tag-help = Up to 16 characters: a–z, 0–9 and -. It is added to the QR code so that scans from your school's posters can be counted separately; nothing about the students is recorded.
tool-slogan = Slogan
tool-slogan-builtin = The lesson's slogan
tool-slogan-own = Your class's own
tool-slogan-own-help = Students propose and choose; type the winner here. No names, phone numbers, links or e-mail addresses.
tool-credit = Credit line (optional)
tool-credit-help = Name your school or class, for example “Class 8B, Școala Gimnazială nr. 3”, never a student.
tool-preview = Preview
tool-preview-page = Page { $n } of { $total }
tool-download = Download ZIP
tool-done = Ready. Pages: { $pages }. Time: { $ms } ms.
tool-why-no-lessons = Pick at least one lesson to download.
tool-why-no-formats = Pick at least one format to download.

## Poster tool: errors, shown next to the field
err-tag = The campaign tag can have up to 16 characters, and only lowercase letters without accents (a–z), digits (0–9) and hyphens (-). For example: school3-8b.
err-slogan-empty = Type the slogan your class chose, or pick the lesson's slogan.
err-slogan-long = The slogan is too long for the poster: shorten it.
err-slogan-link = No links in the slogan: the code on the poster already leads to the lesson. Remove the link.
err-slogan-email = No e-mail addresses in the slogan. Remove the address.
err-slogan-phone = No phone numbers in the slogan: the poster always prints 0800 800 678 itself. Remove the number.
err-slogan-name = The slogan looks like it names a person, and posters never name anyone. Rephrase it without the name.
err-slogan-letters = The poster font cannot print: { $chars }. Replace or remove these characters.
err-credit-long = The credit line is too long for the poster: shorten it, for example to just the class and the school.
err-credit-contact = No links, e-mail addresses or phone numbers in the credit line: just the name of the school or the class.
err-credit-school = The credit line must name a school or a class, for example “Class 8B, Școala Gimnazială nr. 3”.
err-credit-letters = The poster font cannot print: { $chars }. Replace or remove these characters.
err-pack = The pack could not be made ({ $reason }). Your choices are kept; try again.
err-font = The poster font could not be loaded. Your choices are kept: check the internet connection and press “Download ZIP” again.
err-texts = The texts of this language could not be loaded: { $lang }. Your choices are kept: check the internet connection and choose the language again.

## Printed on posters and stickers (read from 1 m and 30 cm: keep it short)
print-scan = Scan: a lesson in a few minutes
print-helpline = Free call: information and advice about trafficking, or to report a suspicion
print-sticker-helpline = Free call
print-danger = In danger now? Call 112.
print-credit = Made by { $who }

## README.txt in the poster ZIP
readme-title = Veriga: posters and stickers. How to print them
readme-files = posters.pdf has every page; the svg folder has one file for each poster.
readme-scale = Print at 100% (“Actual size”), never “Fit to page”: the codes are sized to scan from the distance they will be read.
readme-a4 = A4 posters: A4 paper, any office printer. They suit noticeboards and classroom doors, where people stand close.
readme-a3 = A3 posters: A3 paper. If the school's printer can't do A3, a copy shop can; don't shrink them to A4 (choose the A4 poster instead). They are for corridors, where people read from further away.
readme-stickers = Sticker pages are A4 label sheets, 3 across and 7 down, labels 63.5 × 38.1 mm (for example Avery L7160 or a compatible sheet). Print one page on plain paper first and hold it against a label sheet to check the alignment.
readme-test = Before printing many, print one and scan its code with a phone from where students will stand.
readme-place = Put posters at eye level where students wait or walk past: corridors, by the noticeboard, on the stairs, at the entrance. Choose spots where anyone can scan calmly without feeling watched.
