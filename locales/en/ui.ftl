# Interface text, English.

language-name = English
app-name = Veriga
date-format = { $day }/{ $month }/{ $year }
skip-to-content = Skip to content
loading = Loading…

## The anchor help line, on every screen
helpline-label = Free anti-trafficking helpline
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
home-teachers-link = For teachers

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
about-quick-exit-no-js = If JavaScript is turned off in your browser, "Quick exit" is an ordinary link: it opens the search page, but Back can take you back to Veriga, and pressing Shift 3 times does nothing.

## Not found
not-found-title = This page doesn't exist
not-found-text = The link may be wrong, or the page has moved. If someone is in danger right now, call 112: it answers day and night.
not-found-home = Go to the home page

## Errors
error-offline = You're offline, and this language isn't saved on your phone yet. The app stays in the current language.
error-server = The server didn't answer properly. The app stays in the current language; try again later.
pack-error-malformed = The content that arrived was damaged, so it wasn't used.
pack-error-format = The content that arrived is for another version of the app, so it wasn't used.
pack-error-language = The content that arrived is in another language, so it wasn't used.
pack-error-anchor = The content that arrived would have changed the help line's number, so it wasn't used.

## Lessons on Home
nav-settings = Settings
home-lessons-title = Short lessons
home-continue = Continue: { $title }
home-checks-title = Practise
home-checks-intro = Short stories where you look for the signs. Your answers stay on the screen only.
theme-online = Online
theme-relationships = Relationships
theme-work-money = Work and money
theme-getting-help = Getting help
lesson-minutes = { $minutes } min
lesson-done-badge = Done

## The lesson player
lesson-progress = Step { $step } of { $total }
lesson-previous = Back
lesson-next = Next
lesson-scenario-title = What would you do?
lesson-try-other = You can pick another answer too, to see what happens.
lesson-takeaway-title = Remember
lesson-action-title = What you can do
lesson-finish = I've finished this lesson
lesson-finished = Lesson finished. Well done!
lesson-back-to-list = Back to the lessons
lesson-swipe-hint = Swipe, or use the arrow keys, to move between steps.
lesson-not-found-title = This lesson doesn't exist
lesson-not-found-text = Maybe the QR code is old or the link is wrong. Here are the lessons we have:
read-aloud = Read aloud
read-aloud-stop = Stop reading

## Self-checks
check-check = Check
check-again = Try again
check-picked = You picked this
check-result-yes = Yes, this is one of them.
check-result-no = No, this isn't one of them.
check-score = You found { $found } of { $total }.
check-nothing-stored = Nothing you pick here is saved.

## Settings
settings-title = Settings
settings-need-script = With JavaScript turned off, text size, read aloud and deleting your data do not work; you can still change the language below.
settings-language = Language
settings-text-size = Text size
text-size-0 = Normal
text-size-1 = Large
text-size-2 = Larger
settings-read-aloud = Show the "Read aloud" button
settings-no-voice = Your phone has no voice for this language, so the button doesn't show.
settings-delete-title = Your data
settings-delete-explain = Veriga keeps only your language, your settings and the lessons you've finished, on your phone. You can delete them at any time.
settings-delete = Delete my data
settings-delete-confirm = Are you sure? This deletes your progress and settings on this phone.
settings-delete-yes = Yes, delete
settings-delete-no = No, keep them
settings-deleted = Done: your progress and settings have been deleted.

## Offline and updates
offline-title = Without internet
offline-ready = Veriga is saved on your phone and works without internet too.
offline-preparing = Veriga is being saved on your phone so it works without internet…
offline-unavailable = On this phone, or in this browsing mode, Veriga can't be saved for use without internet. It still works online.
offline-stored = Languages saved on your phone: { $languages }.
offline-none-stored = No language is saved on your phone yet.
update-ready = A new version of Veriga is ready.
update-reload = Reload
update-later = Later

## Content updates
content-title = Content
content-version = Content version { $version }, published { $date }.
content-built-in = The content came with the app.
content-updated = The content has been updated, and its digital signature was checked.
content-last-check = Last checked for updates: { $when }.
content-never-checked = Not checked for updates yet.
content-last-rejection = Last update refused ({ $when }): { $reason }
update-rejected-malformed = what arrived was damaged or incomplete.
update-rejected-oversize = what arrived was too large.
update-rejected-unknown-key = it was signed with a key the app does not trust.
update-rejected-signature = the signature did not match: the content was changed or damaged on the way.
update-rejected-format = it was made for another version of the app.
update-rejected-language = it was in a different language from the one requested.
update-rejected-not-newer = it was not newer than the content in use.
update-rejected-anchor = it would have changed the number of the help line 0800 800 678.
