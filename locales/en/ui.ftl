# Interface text, English.

language-name = English
app-name = Veriga
date-format = { $day }/{ $month }/{ $year }
skip-to-content = Skip to content
loading = Loading…

## The anchor help line, on every screen
helpline-label = Free line against human trafficking
helpline-purpose = Call for free to get information and advice about trafficking, or to report a suspicion.
helpline-danger = If someone is in danger right now, call 112.

## Navigation
nav-label = Menu
nav-home = Home
nav-help = Who can help
nav-about = Privacy
language-switch = Language

## Quick exit
quick-exit = Quick exit
quick-exit-hint = Or press Shift 3 times.

## Home
home-title = Veriga
home-intro = Find out how to stay safe online and in everyday life, and who you can call when something feels wrong.
home-help-link = Every help line, and what happens when you call
home-about-link = What Veriga does not collect

## Help
help-title = Who can help
help-intro = You can call even if you're not sure. You only need to tell them; finding the evidence is their job.
help-danger = Is someone in danger right now? Call 112.
help-who = Who answers
help-happens = What happens
help-cost = Cost
help-hours = When
help-checked-on = Details checked on { $date }.
help-call = Call { $number }
help-open-site = Open { $site }
help-call-log = Your phone may keep this call in its call list. You can delete it from there.

## About and privacy
about-title = Privacy
about-intro = Veriga doesn't know who you are, and doesn't want to.
about-no-account = There's no account, and nobody asks for your name, email or phone number.
about-no-cookies = No cookies, and nothing follows you from page to page.
about-no-third-parties = Nothing loads from other sites: no ads, no analytics, no fonts.
about-on-device = Your language and your progress stay on your phone only.
about-quick-exit-title = What quick exit does
about-quick-exit-does = The "Quick exit" button, or pressing Shift 3 times, blanks the screen at once and opens an ordinary search page. The Back button won't bring you back to Veriga.
about-quick-exit-not = Quick exit does not delete your browser history, other open tabs or your phone's call list. If you don't want to leave traces, delete them yourself or use a private (incognito) tab.

## Not found
not-found-title = This page doesn't exist
not-found-text = The link may be wrong, or the page has moved. The help line works any time.
not-found-home = Go to the home page

## Errors
error-offline = You're offline, and this language isn't saved on your phone yet. The current language stays.
error-server = The server didn't answer properly. The current language stays; try again later.
pack-error-malformed = The content that arrived was damaged, so it wasn't used.
pack-error-format = The content that arrived is for another version of the app, so it wasn't used.
pack-error-language = The content that arrived is in another language, so it wasn't used.
pack-error-anchor = The content that arrived changed the help line's number, so it wasn't used.
