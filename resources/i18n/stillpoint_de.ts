<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Something could not be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write something first; an entry cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry is {count} characters; keep it under {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;{start}…&apos; is too long; keep a tag under {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry can have up to {limit} tags, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is {count} characters; keep it under {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the tag a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one emotion and how strong it was before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give your strategy a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same as the week before ({before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} higher than the week before ({before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{change} lower than the week before ({before})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins this week. Whenever you check in, this is where the week takes shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked in {times} on {days}. {weekday} felt most pleasant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked in {times} on {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days felt {felt} on average ({mean}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days felt {felt} on average ({mean}), {compared}. Weeks rise and fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days felt {felt} on average ({mean}), {compared}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your energy was {energy} overall ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You worked with a feeling {times}. {name} felt most helpful ({felt}); the feeling eased by {drop} points on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You worked with a feeling {times}. {name} felt most helpful ({felt}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice logged this week. A minute of slow breathing counts, whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You practised for {minutes} on {days}, mostly {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habit strength {strength} of 100: how regular your practice has been lately. Each day you practise adds a little; it fades gently on days you rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lately, {title} has helped you most: calm rose by {change} on average over {count} rated sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soothed myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regulation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided visualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditation timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guided visualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meditation timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little lively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is plain text: anyone who opens the file can read everything you wrote. Keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was replaced while this waited to save (encrypted, decrypted, given a new passphrase or restored); nothing was saved, please try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put both feet on the floor and let the chair or the ground hold you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name five things you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name four things you can feel: your clothes, the air, your hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name three things you can hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two things you can smell, or two smells you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one thing you can taste, or take one slow sip of water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out slowly. You are here, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number for where you are: these are a few well-known numbers, not a complete list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that a hard time is building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, moods, situations or habits that tell you things are getting harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things that help you ride out a wave by yourself: a walk, a shower, music, slow breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you can simply be around, or a place where you feel a little lighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you trust enough to tell how you really are. Add how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapist or doctor, a crisis line, the nearest emergency department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can put away, lock up or hand to someone you trust while things are hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reasons for living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, animals, hopes and small things that matter to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to my next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbientChooser</name>
    <message>
        <source>&amp;Background sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short reads about attachment, feelings and practice. Each one ends with an exercise to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles, for example “boundaries”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article mentions “{strip}”. Try another word, or clear the search to see every article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRunner</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question before (Backspace or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer first: a number key or the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsCard</name>
    <message>
        <source>When you take a check-up (WHO-5, PHQ-9, GAD-7 or the attachment reflection), how your results change over time shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result is a snapshot, not a verdict. Bring anything that stands out to your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last, {day}: {score}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Short questionnaires to check in on how you have been. They are self-help, not a diagnosis: bring anything that stands out to your therapist or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some instrument files were left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, {day}: {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} questions · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your last {title} result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioSection</name>
    <message>
        <source>My audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own recordings: a teacher&apos;s meditation, music that settles you, sounds from a place you love. Each one you play to the end, or stop, is kept in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add an audio file (mp3, ogg, wav or m4a) and it will wait for you here, ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying {pending} file{value}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Choose Play whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is this file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found it. The track is ready to play again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{title}” from your audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You listened to “{title}” to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You listened to “{title}” for {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It is in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioTracks</name>
    <message>
        <source>length not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in Stillpoint&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked where it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint keeps a copy of your data each day you use it. You can go back to one; your data as it is now is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a database server are made with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {when}. Your data as it was is saved as the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to your data as it was on {when}? Your data as it is now is saved as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}  ·  {size} (before an update)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to carry on, or Esc to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a comfortable position. The first breath in is coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath {cycle} of {cycles}  ·  {time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathSession</name>
    <message>
        <source>breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathePage</name>
    <message>
        <source>You stopped before the first breath, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well breathed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for taking this time for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished {name}: {count} in {took}. Your session is saved. Notice how your body feels now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You breathed {name} for {took} ({count} complete). Stopping when you need to is part of the practice, and your session is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You breathed {name} for {took}. Stopping when you need to is part of the practice, and your session is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathingSession</name>
    <message>
        <source>That is the end. Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BringToSessionButton</name>
    <message>
        <source>Bring to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Bringing to session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this {what} to my next therapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this in a list for your next therapy session (Sessions page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmChart</name>
    <message>
        <source>Calm before and after each exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rated session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rated sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm {before} before, {after} after ({change})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalmRating</name>
    <message>
        <source>{question} {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  not calm at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely calm  10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Celebration</name>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the {lower} chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to {path}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinEditDialog</name>
    <message>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinForm</name>
    <message>
        <source>Where you are on the plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words about this moment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add details: what you were doing, sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours slept last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinRow</name>
    <message>
        <source>the check-in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Crisis line &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Therapist&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist&apos;s num&amp;ber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers you would want to have ready. Leave a field empty to use the usual number for where you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis numbers status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisCard</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a crisis line you trust with “Edit these numbers”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your therapist, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save their number here so it is ready when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisCardDialog</name>
    <message>
        <source>You are not alone in this. If you might act on thoughts of harming yourself, or you are in danger, call the emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis card status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short 5-4-3-2-1 practice that brings you back to the room you are in, through your senses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit these numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisSettingsCard</name>
    <message>
        <source>Crisis card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Need help now?” at the bottom of the sidebar (Ctrl+Shift+H) shows an emergency number, a crisis line and your therapist&apos;s number. Defaults follow your language setting; save the numbers that are right for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit crisis numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Stillpoint export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all your entries with you, or bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;spreadsheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Stillpoint export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is protected. Type its passphrase to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is protected with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is plain text: keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {sum} rows to {path}. {care}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {read} rows: {added} added, {present} already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaylioDialog</name>
    <message>
        <source>What you were doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you were with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your Daylio entries into your mood log. In Daylio, export your entries as a CSV file, then choose that file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities count as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio has no energy scale, so imported check-ins sit in the middle of it (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Daylio export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio export (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} entries{span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness, {SCALE_MIN} to {SCALE_MAX}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give every mood a pleasantness first: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionChangeRow</name>
    <message>
        <source>{word} before, {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} after, {scale}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <source>Words that might fit. Choose any that ring true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another word? Type to find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find another emotion word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word}, emotion word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not in the word list; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not in the word list. Try a nearby word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionCard</name>
    <message>
        <source>If you forget the passphrase, nobody can recover your entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption covers the local database file; a database server keeps your data safe with its own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries and their backups are encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries are stored as plain files that anyone with access to this computer could read. A passphrase can lock them and their backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that could not be done ({exc}); your data was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} the entry {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;{escape}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries tagged {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {name}: show entries tagged {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishView</name>
    <message>
        <source>Thank you for taking this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calm do you feel now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted in your regulation log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet place to breathe, to sit for a while, and to notice how you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint is self-help. It is not therapy and it does not diagnose. If things feel too heavy, reach out to someone you trust or your doctor; the “Need help now?” card in the app lists crisis lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you note is kept on this computer, in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small habits, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are optional, and you can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in each day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe with me for one minute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {summary} from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusWindow</name>
    <message>
        <source>Stillpoint - breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses  ·  Esc stops  ·  F leaves focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slept {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>One step done. Small steps are how it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did what you set out to do. Take a moment to notice that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is this going? Keep, change, or let it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will know: {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small next step, e.g. Write down one thing to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step for &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark goal done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words on how it went (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next look on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the step &apos;{title}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the goal &apos;{title}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet: add a first small one below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of 1 step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to look at how it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step ticked itself from your practice log. Nicely done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalFields</name>
    <message>
        <source>e.g. Ask for help when work piles up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it would give you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. I ask a colleague once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at how it is going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>No goals yet. A good goal is small enough to start this week. For example: “Breathe for 5 minutes on 3 evenings”, “Tell one friend how I am really doing”, “Write down one thing to bring to therapy”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal that matters to you and break it into small steps. Tick them off as you go; there is no rush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived goals ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{title}”. Now add a first small step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedSection</name>
    <message>
        <source>No voice is ready on this computer just now, so the words will appear as captions only. You can set up a voice, its speed and volume in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stayed with “{title}” to the end: {time}. It is in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You spent {time} with “{title}”. Stopping when it feels right is part of the practice. It is in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for taking this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your practice is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}”. It is in your own scripts below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a guided script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided scripts (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file was not imported. {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}”. You can begin it from your own scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a guided script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided scripts (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedViews</name>
    <message>
        <source>Visualization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loving-kindness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpfulnessPicker</name>
    <message>
        <source>Helped {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeworkCard</name>
    <message>
        <source>Your homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn what you agreed to try into small steps of a goal, so it stays in view until your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add steps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal the steps go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new goal: {SESSIONS_GOAL}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A step of “{escape}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a goal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “{text}” a goal step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntensityRow</name>
    <message>
        <source>How strong is {word}, {INTENSITY_MIN} to {INTENSITY_MAX}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroView</name>
    <message>
        <source>If anything feels like too much, choose Stop and ground: it is always on the screen, and it leads you into a short grounding practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the words aloud as well as showing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calm do you feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for you at times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meta_text} · about {clock_text}{pace}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely, or let a prompt start you off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt at random (from the chosen set, if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**bold**, *italic* and lines starting with - show as rich text. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the prompt and write freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in {when_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in {keep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in {checkin_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for taking this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet place to put things into words: what you notice, what you remember, what you want to bring to your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from this prompt set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any prompt set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your entries, prompts and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try fewer words or a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries will gather here. Whenever you are ready, write a few lines above, or press Shuffle for a prompt to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the entry from {when_words}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveVolume</name>
    <message>
        <source>Background &amp;volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background volume (arrow keys when focused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Stillpoint is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your {what} to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your {noun} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettingsCard</name>
    <message>
        <source>The lock keeps out someone at your laptop, not someone with your files: for that, encrypt your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {n} minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App lock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock is set. Anyone at this computer can open Stillpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint asks for your {noun} when it starts, and when you lock it (Ctrl+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lock is already set: change it with the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is set. Stillpoint will ask for it when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Your log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back at how you have been, and at what helped when things were hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check-ins with this feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only check-ins with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, feelings and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try fewer words or a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins will gather here, day by day. Whenever you like, start one on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the check-in from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note what happened, how strong the feelings were, what you did, and whether it helped. Over time you see which ways work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. The next time something stirs you up, you can note it above, even hours later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the entry “{short}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis numbers, grounding and your safety plan (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeditatePage</name>
    <message>
        <source>Guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a guided practice, sit with a timer, or listen to your own recordings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged this {period_word} yet. A check-in on Today adds the first point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodPlane</name>
    <message>
        <source>Where your check-ins fell on pleasantness and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant   ←   pleasantness   →   pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low   ←   energy   →   high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness {pleasantness}, energy {energy}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither pleasant nor unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little lively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat lively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quite high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feeling}, energy {energy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you feel: pleasantness and energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or use the arrow keys: right is more pleasant, up is more energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{describe} (pleasantness {x:+d}, energy {y:+d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less energy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacerWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastSession</name>
    <message>
        <source>A session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <source>Edit your pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each part of one breath in half-second steps. A hold of 0 seconds skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Evening wind-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold after breathing out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up breath in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a short &amp;top-up breath after breathing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;op-up breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold, full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One breath takes {cycle:g} seconds: about {rate_text} breaths a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>{heading} status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line for {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{text}” from your plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Stop and ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this practice and go to a short grounding exercise (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses  ·  ← → move between steps  ·  Enter continues  ·  G grounds  ·  Esc ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time. Continue when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest here for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the bell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {value} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock_text} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Carry on whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Minutes practised per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}: {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeFields</name>
    <message>
        <source>Tick it from my practice log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts this week: {week_text}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is the average of that day&apos;s check-ins; the soft bar shows the lowest and highest. Hover a point to see how many check-ins it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleasantness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week, faintly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One square per day, coloured by how pleasant the day felt on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your check-ins fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check-in places you somewhere between unpleasant and pleasant, low and high energy. Deeper squares hold more check-ins. Every feeling has its place here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per week, finished or not: every minute you gave yourself counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days practised this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habit strength, out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes in the 12 weeks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average calm (0-10) before ○ and after ● each exercise, over the sessions you rated both times. The biggest rise is at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous {value}, faintly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the 12 weeks up to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days_this_week} of 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days practised in the week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per week over the {weeks} weeks up to {day}, finished or not: every minute you gave yourself counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you rate your calm before and after an exercise, you will see here which ones help you most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your weeks have been, drawn from your own log. Nothing here leaves this computer unless you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for my therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description of what you logged, not a judgement or a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing your charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the week, month or year holding this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous {noun} (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next {noun} (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next {noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectBox</name>
    <message>
        <source>Keep the passphrase somewhere safe: without it nobody can open the file, Stillpoint included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect exports with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a passphrase twice to protect the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ; type the same one twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>← Back to all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this article into practice with a related exercise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Stillpoint cannot read your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database at {database} is damaged and cannot be read. It will not be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a good backup from {when}. Restoring it keeps the damaged file aside, so nothing is lost. Entries made after the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore. Your data folder is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulationForm</name>
    <message>
        <source>What happened? A few words are enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you &amp;did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice session it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it &amp;helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth keeping (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else was part of this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did toward them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did &amp;toward them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation entry status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what you did, from the list under What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose how much it helped, even if the answer is not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Noticing what helps is a skill in itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulationOffer</name>
    <message>
        <source>Was this for something hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you turned to {title} because something stirred you up, you can note it in your regulation log. It takes a moment, and it is entirely up to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main feeling, such as tense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong before, {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong now, {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much did it help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is already in your log; you can add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose how much it helped, even if the answer is not at all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegulationRow</name>
    <message>
        <source>{strategy}; helped {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {who}: I {did}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry {situation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A moment for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you, right now? A short check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minute of calm breathing, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <source>A gentle nudge to check in or to breathe. Never during a session, and you can always say later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Stillpoint in the tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the autostart entry ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>This report was made with Stillpoint, a self-help app, from entries the person chose to record. It describes those entries; it is not a diagnosis or an assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint report, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant, high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant, low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant, high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant, low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant, higher energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant, lower energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant, higher energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant, lower energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checkins} on {logged} of {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pleasantness {pleasantness} ({pleasantness_words}), average energy {energy} ({energy_words}), on a scale from -5 to +5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per day: the mean of its check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One point per week: the mean of its check-ins (each day counted once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day by day (range: lowest to highest check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasantness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words chosen most often, with how many times: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emotion words were chosen in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many check-ins fell on each point of pleasantness (left to right, -5 to +5) and energy (bottom to top, -5 to +5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins by quadrant (the neutral lines aside):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quadrant}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regulation entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each strategy as it was logged: how often, how helpful it felt (0 not at all to 4 very much) and how much the feeling&apos;s intensity fell on average (0-10 scale, emotions rated before and after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each was used, by the quadrant of the strongest feeling at the time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes practised per week (whole weeks touching the period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm (0-10) before and after each exercise, over sessions rated both times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were chosen for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes chosen by the person to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant / energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person flagged to talk about (from any date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is flagged for the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the session of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from the last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included because the person chose to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan has no lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>pleasantness (average; bar: lowest to highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tallest week: {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>something unexpected went wrong while drawing it (the details are in Stillpoint&apos;s log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and what to include. The PDF is saved where you say and goes nowhere else; you decide whether to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes stay private unless you tick them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date; swap them to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stillpoint-report-{start}-to-{end}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already there. Choose another name, or choose {name} itself to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing your report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a {pages}-page report to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>One of your answers says you have had thoughts of hurting yourself or of being better off dead. You deserve support with this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger, call your local emergency number now. Crisis lines: 988 in the US; Samaritans 116 123 in the UK and Ireland. Contact your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please reach out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show crisis numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does not mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {title} result, {day_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In plain words: {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first result. Take it again in a couple of weeks to see how things change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>A plan you write on a calmer day, for a harder one. Go through it from the top when things build up; each part is a step you can take. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my safety plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {target}. Only you decide who sees it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPrint</name>
    <message>
        <source>Printed on {day}. Keep it where you can find it on a hard day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My therapist {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreTrend</name>
    <message>
        <source>Trend of earlier results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier results: {values}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Edit your script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in your own words. Short sentences read and sound best; give each one about a second for every two words, plus a little quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Let yourself settle, and let your breath find its own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready, come back to the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: My walk by the sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will read before you begin: what happens, and that you can stop at any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} steps · {minutes}:{rest:02d} timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give your script a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give your script a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a short introduction: what happens, and that the reader can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one step: some words, a pause or a bell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {value}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptRow</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {title}, and choices before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptsView</name>
    <message>
        <source>Guided visualizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each one begins with a short introduction. You can pause, move between steps, or stop and ground yourself at any moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided meditation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a practice in your own words, at your own pace: a place you love, a cue word that steadies you, a kind sentence to come back to. You can also import a script file someone shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files in your scripts folder were left out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondsSpin</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Space pauses  ·  Esc stops  ·  F for focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint is a self-help companion. It is not therapy and it does not diagnose. If you are struggling, please reach out to someone you trust or to a professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Stillpoint in the tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record stays on this computer, in a folder that belongs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {hide_password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version__}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>in {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out {seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rhythm, settle in, and let the circle lead your breath. You can pause or stop whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calm do you feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own pattern: {phases} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One breath takes {cycle_seconds:g} seconds, about {rate_text} breaths a minute. Change it whenever it stops feeling right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is back as “{name2}”, as a newer pattern has its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} breath{value}, ending after {duration_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {duration_text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepCard</name>
    <message>
        <source>Sleep and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night&apos;s sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasantness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you note your sleep at check-ins, and at least {days} days follow shorter nights and {days} longer ones, you will see here how those days felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pleasantness and energy (-5 to +5) on days after each length of sleep, {window_text}. A pattern to notice, not a cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlimBar</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundCard</name>
    <message>
        <source>Stillpoint cannot play sound on this computer, so sessions stay silent. The words and the moving circle still guide you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaking voice is available on this computer, so the guidance appears as words on the screen instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundSettingsCard</name>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play soft sounds for each part of the breath and the bells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speak the guidance: “breathe in”, “hold”, “breathe out”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice spee&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice vo&amp;lume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reduce motion: a quiet progress bar instead of the growing circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathe in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Stillpoint cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Move &apos;{title}&apos; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a therapy session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would like to hear or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on these words until you choose Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategiesCard</name>
    <message>
        <source>How helpful each strategy felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working with feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you log how you worked with a feeling, you will see here which ways help you most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you reached for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the feeling eased by {drop} on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: used {count}, {helpful} on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How helpful each strategy felt, from 0 (not at all) to 4 (very), {window_text}. Hover a bar for how much the feeling eased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyList</name>
    <message>
        <source>Your strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the ones you never use to keep the list short; add ways that work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way of your own, such as calling my sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New strategy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {name} in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <source>Add a tag of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List for the new tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {category} tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsCard</name>
    <message>
        <source>Tags and mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed}  ({days_with} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed}  ({days_without} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a tag has been on at least {days} days, and off on at least {days}, you will see how those days felt here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pleasantness on days with a tag and days without it, {window_text}. A pattern to notice, not a cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TherapyPage</name>
    <message>
        <source>Between sessions, things come up: a hard moment, a check-in, something you wrote. Press “Bring to session” beside it in your log, your journal or a check-up result, and it waits here for you. You do not have to hold it all in your head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to bring to your next therapy session, in one place, and what you take away from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What you want to bring&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words while it is fresh. Anything you bring now is kept with this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework, one task a line (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homework, one task a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to your log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took “{short}” off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. What you brought is kept with it. The list starts fresh for your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The list starts fresh for your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard moments from the regulation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet. Add one when you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, in {count} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was on {day}. When you are ready, note below how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you brought</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerRunningView</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses  ·  Esc ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bell rings when the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next bell at {clock_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerSection</name>
    <message>
        <source>Bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singing bowl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sat for {time}. It is in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sat for {time} of the {planned} you planned. Every minute counts. It is in your practice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your sitting is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerSetupView</name>
    <message>
        <source>Write at least one time for the bells, such as 5 or 12:30, or choose another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How calm do you feel right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell along the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End bell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Along the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No bells along the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At these times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between bells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 5, 12:30, 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bell times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the start bell, or minutes:seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long you would like to sit. A soft bell opens and closes the time; in between there is only quiet, unless you ask for bells along the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settling-in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sit for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle &amp;in first for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quiet countdown before the first bell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Hello, night owl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a moment to notice how you feel. There is no right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you arriving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the point where you are: right is more pleasant, up is more energy. Arrow keys work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet today. Whenever you are ready, the plane above is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <source>Add to your audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {count} file{value}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: sleep, body scan, morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a copy in Stillpoint&apos;s folder (it stays playable if you move the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the file where it is and link to it (uses no extra space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackRow</name>
    <message>
        <source>Find the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be brought back just now; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} earlier can be undone after it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries are encrypted. Type your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that passphrase does not open your entries; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockRow</name>
    <message>
        <source>&amp;Unlock and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <source>Welcome to Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a quiet place to breathe, to sit for a while, and to notice how you feel. Everything you note stays on this computer, in a folder that belongs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stillpoint is a self-help companion. It is not therapy and it does not diagnose. If things feel too heavy to carry alone, please reach out to someone you trust, your doctor or therapist, or a crisis line such as 988 in the US, or your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, let&apos;s begin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordBox</name>
    <message>
        <source>An emotion word, such as anxious</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordsCard</name>
    <message>
        <source>Emotion words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you add emotion words to your check-ins, the ones you reach for most will gather here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you chose each word {noun} (solid bar) and the {kind} before (faint bar behind it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearPixels</name>
    <message>
        <source>Year in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleasant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: pleasantness {value}, {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Flow</name>
    <message>
        <source>Stillpoint report · page {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.meditate.guided_views</name>
    <message>
        <source>Meditate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.pdf_file</name>
    <message>
        <source>could not write {path}; choose a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.safety.printing</name>
    <message>
        <source>Print my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.daylio_dialog</name>
    <message>
        <source>Coming from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving from Daylio? Bring your entries with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;Daylio…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.tray</name>
    <message>
        <source>Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Stillpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.dialog_buttons</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.emotion_picker</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.log_regulation_offer</name>
    <message>
        <source>Note it in your log?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.widgets.period_filter</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
