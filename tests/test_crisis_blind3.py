# ruff: noqa: E501  (the posts are data: one a line reads best)
"""A blind set for the crisis gate: 120 posts written for this project from the design's levels
only, by someone who read no rule, no test and no dataset post (45 imminent, 35 high, 20 concern,
20 none). First run, at the start of session 4 before any rule was changed that session: `>= high` recall 36/80 = 0.450, `imminent` 8/45 = 0.178, concern-or-below raised to `>= high` 5/40 = 0.125, exact level 57/120 = 0.475. The lead read its misses at that first run and paraphrased some of their families in briefs to the engineers (the act under way in the first round, others in the second), so later numbers on this set are partly fitted (end of session 4: 55/80, 23/45, 2/40, 86/120); a second blind set, never read, is kept outside the repository for that reason.

Posts the gate still gets wrong are strict xfails: each is a family to read, not a sentence to
add (a rule written from one of these posts fits it and nothing else).
"""

from __future__ import annotations

import pytest

from policies.crisis import screen
from policies.levels import Level

POSTS: list[tuple[str, str, str]] = [
    (
        "b3c-001",
        "imminent",
        "ok so this is it i guess. i finished the letters for my mom and my little brother and put them in the desk drawer. my dads oxy bottle is in my hoodie pocket. once everyone's asleep i'm taking all of it and i'm done. sorry for dumping this here",
    ),
    (
        "b3c-002",
        "imminent",
        "Been counting my sertraline and the leftover trazodone all week. 64 total. Sunday, when my roommate leaves for her parents' place, I'm swallowing every one of them. I don't want to be talked out of it, I just needed someone to know.",
    ),
    (
        "b3c-003",
        "imminent",
        "i'm on the roof of the parking garage on 5th st right now. level 7. the wind is freezing. i came up here to jump and i don't think i'm going back down the stairs",
    ),
    (
        "b3c-004",
        "imminent",
        "Swallowed everything in the medicine cabinet maybe 20 minutes ago. Feeling floaty and kind of sick. Not sure why I'm posting. I guess so someone knows I meant it.",
    ),
    (
        "b3c-005",
        "imminent",
        "gave my cat to the neighbor today, told her it was allergies. sold the guitar, deleted insta. the only thing left on my list is killing myself and thats happening this weekend",
    ),
    (
        "b3c-006",
        "imminent",
        "my grandpa's hunting rifle is in the hall closet and I know where he keeps the shells. tonight is the night I use it on myself. i'm just so tired",
    ),
    (
        "b3c-007",
        "imminent",
        "I've decided. My daughter has her dance recital Thursday and I want her to have that day. After the recital I'm ending my life. Everything else is already arranged.",
    ),
    (
        "b3c-008",
        "imminent",
        "This is my last post here. Thank you to everyone who answered me this past year, you were kinder than you had to be. I'm checking out for good tonight and I've made peace with it.",
    ),
    (
        "b3c-009",
        "imminent",
        "cut way deeper than ever tonight and it wont stop and honestly i dont want it to. i want to bleed out this time. not calling anyone",
    ),
    (
        "b3c-010",
        "imminent",
        "car's in the garage. engine on, door down. typing this from the drivers seat. im sorry everyone, i couldnt do it anymore",
    ),
    (
        "b3c-011",
        "imminent",
        "Three days from now it'll be a year since she died, and that's the day I'm going to join her. I already picked the spot on the river where we used to walk.",
    ),
    (
        "b3c-012",
        "imminent",
        "Standing on the wrong side of the railing on the bridge. My hands are shaking so hard I can barely type. I want to let go. I think I'm going to.",
    ),
    (
        "b3c-013",
        "imminent",
        "bought rope at the hardware store on the way home and practiced the knot off a video. my parents go to church at 9 tomorrow morning. thats when.",
    ),
    (
        "b3c-014",
        "imminent",
        "tbh gonna kms right after my last exam on the 9th. been stockpiling my adderall and my moms sleeping pills for it. no point pretending i have a future",
    ),
    (
        "b3c-015",
        "imminent",
        "Note's written.\nPhone's going off after this.\nBlades are ready.\nTonight.",
    ),
    (
        "b3c-016",
        "imminent",
        "anyone else get to the point where the date you're ending it is just... set? mine is the day my lease runs out. i'm not scared of dying anymore, i feel weirdly calm about it",
    ),
    (
        "b3c-017",
        "imminent",
        "I have my husband's pistol. It's loaded and it's on the nightstand. I keep putting it to my head and lowering it again. I think this time I'll pull the trigger.",
    ),
    (
        "b3c-018",
        "imminent",
        "Hi. I don't really know how to start this. I've mostly lurked here. Things went downhill after I lost my job in March and my landlord gave me until the end of the month. I have everything I need to end it in a shoebox under my bed, and the day the eviction notice goes on the door is the day I use it. I just wanted to say thank you to whoever reads this.",
    ),
    (
        "b3c-019",
        "imminent",
        "took all my lithium about an hour ago. like 40 of them i think. not going to the hospital. please dont try to find me",
    ),
    (
        "b3c-020",
        "imminent",
        "sitting next to the tracks behind the walmart. the 11:40 freight comes through every night. i'm going to step in front of it",
    ),
    (
        "b3c-021",
        "imminent",
        "im done. the belt is already hooked over the closet door. just wanted to say bye to this server, you were the only ones who ever talked to me",
    ),
    (
        "b3c-022",
        "imminent",
        "my plan's simple. wait for payday on the 25th so i can leave my sister the money, then drive to the overlook and not come back. nobody needs to talk me out of it",
    ),
    (
        "b3c-023",
        "imminent",
        "Tonight I'm going to inject all the insulin I have in the fridge. I've worked out how much it would take. My family thinks I'm asleep.",
    ),
    (
        "b3c-024",
        "imminent",
        "everyone keeps asking what i want for my birthday. i won't be here for it. i'm going on the 2nd, the week before, and the pills are already in my bag",
    ),
    (
        "b3c-025",
        "imminent",
        "just wanted to say goodbye. i gave away my plants and my books and wrote everyone letters. i'll be gone by morning",
    ),
    (
        "b3c-026",
        "imminent",
        "when the ball drops i'm jumping off my building. 14 floors. happy new year i guess",
    ),
    (
        "b3c-027",
        "imminent",
        "Last shift at work is tomorrow. After that I'm walking into the lake behind my apartment and I'm not walking back out. I've thought about it enough, I'm not changing my mind.",
    ),
    (
        "b3c-028",
        "imminent",
        "i have\nthe pills\nlined up on the counter\nand i'm\ngoing to take\nall of them\nnow",
    ),
    (
        "b3c-029",
        "imminent",
        "so i got the gun from my uncles place he doesnt know i took it im going to shoot myself when i get home from school tomorrow nobody there even talks to me anyway",
    ),
    (
        "b3c-030",
        "imminent",
        "ive ben saving up my klonopin for monthes and i think tonite is finaly the nite. i cant keep doing this. i love you mom",
    ),
    (
        "b3c-031",
        "imminent",
        "ngl about to unalive myself rn. cord's already around my neck. just wanted someone to know fr",
    ),
    (
        "b3c-032",
        "imminent",
        "Week from Friday. That's when I die. I haven't told anyone and I'm only writing it here because nobody here knows me. What I need is already in the trunk of my car.",
    ),
    (
        "b3c-033",
        "imminent",
        "Sorry for the long post. TW.\n\nI'm 34 and I've had depression since I was a teenager. Therapy, meds, all of it, nothing stuck. My marriage ended in the spring and I've been living in my brother's basement since. This afternoon I drove to a pharmacy two towns over and bought three boxes of sleeping tablets so nobody would notice. They're on the passenger seat. When he goes to bed tonight I'm going to sit in the car and take them all. I don't really want a reply. I just didn't want to disappear without anyone knowing I tried to hold on.",
    ),
    (
        "b3c-034",
        "imminent",
        "Already swallowed half of them, my mom's prescription. Gonna finish the rest after this cigarette and lie down for good.",
    ),
    (
        "b3c-035",
        "imminent",
        "I've been practicing the noose for weeks and today I finally hung it from the beam in the garage. Once the house is empty on Saturday I'm going through with it.",
    ),
    (
        "b3c-036",
        "imminent",
        "I'll be dead before my court date. I've made sure of that. Everything is set for Wednesday night.",
    ),
    (
        "b3c-037",
        "imminent",
        "bye r/depression. left the door unlocked and a note for my neighbor about the dog. i'm taking the whole stash now. by the time anyone reads this it'll be over",
    ),
    (
        "b3c-038",
        "imminent",
        "I'm typing this sitting on my balcony railing, legs over the edge. 9th floor. I think I'm finally brave enough to push off.",
    ),
    (
        "b3c-039",
        "imminent",
        "mom if you ever read this im sorry. im doing it saturday after grandmas funeral while everyone is at the reception. the razor is already in my jacket",
    ),
    (
        "b3c-040",
        "imminent",
        "the knife is in my hand and i already started. i'm not stopping this time. i'm going all the way",
    ),
    (
        "b3c-041",
        "imminent",
        "I'm ending my life at 3am. That's when the house is quietest. The bag with everything is packed and under my desk. Please don't reply telling me to call someone.",
    ),
    (
        "b3c-042",
        "imminent",
        "Christmas dinner with my family is the last thing I'm doing. After that I kill myself. The meds are counted out and hidden in a sock in my drawer.",
    ),
    (
        "b3c-043",
        "imminent",
        "bathtub's full and the blade is on the edge of it. getting in as soon as i hit post. i'm not getting back out, i just want it to stop",
    ),
    (
        "b3c-044",
        "imminent",
        "Before I leave this world on Monday I want to thank this community. I've scheduled emails to my friends for Tuesday so they aren't the ones who find me.",
    ),
    (
        "b3c-045",
        "imminent",
        "can't sleep, it's 4am. i've poured all my antidepressants and the painkillers from my surgery into a mug. i'll drink them down with vodka once the sun is up. wanted to see one last sunrise",
    ),
    (
        "b3c-046",
        "high",
        "i just want to die. there isn't even a reason anymore, i'm just worn down from waking up every single day",
    ),
    (
        "b3c-047",
        "high",
        "Does anyone else go to bed hoping they just won't wake up? Every night I hope tonight is the one.",
    ),
    (
        "b3c-048",
        "high",
        "I tried to kill myself when I was 19. Took a bunch of stuff and woke up in the ICU. I'm 26 now and I can feel it creeping back.",
    ),
    (
        "b3c-049",
        "high",
        "how many of my sleeping pills would it take to not wake up. asking for me, not for a story",
    ),
    ("b3c-050", "high", "honestly kms. nothing i do matters and im so done with all of it"),
    (
        "b3c-051",
        "high",
        "I think about unaliving myself constantly. Not planning anything, it's just always there in the background like a radio nobody turns off.",
    ),
    (
        "b3c-052",
        "high",
        "I think about killing myself most nights. Everyone would honestly be fine without me.",
    ),
    (
        "b3c-053",
        "high",
        "would it be selfish to off myself if i dont have kids or a partner? like who actually gets hurt",
    ),
    (
        "b3c-054",
        "high",
        "Last year I stood on the edge of an overpass for two hours until a stranger talked me down. I never told anyone. Lately my head keeps going back to that spot.",
    ),
    (
        "b3c-055",
        "high",
        "i want to end things. i'm not going to lie and say i have a plan, i don't. i just want it to be over",
    ),
    (
        "b3c-056",
        "high",
        "which bridges around here are tall enough that you don't survive? not saying what city. just want to know my options",
    ),
    (
        "b3c-057",
        "high",
        "I wish I had never been born, and I wish I could stop existing right now.",
    ),
    (
        "b3c-058",
        "high",
        "every time i'm on the highway i think about yanking the wheel into the concrete divider. i want to so bad it scares me",
    ),
    (
        "b3c-059",
        "high",
        "It's been 3 months since my overdose and everyone acts like I'm fixed. I'm not. Most days I still want to be dead.",
    ),
    (
        "b3c-060",
        "high",
        "suicide has been on my mind nonstop this week. i keep composing the note in my head",
    ),
    ("b3c-061", "high", "Is bleeding out painless? I need to know for myself."),
    (
        "b3c-062",
        "high",
        "im 15 and i've been thinking about killing myself a lot. my parents dont care and school is hell",
    ),
    (
        "b3c-063",
        "high",
        "Sometimes I daydream about dying, like a car hitting me on the walk home. Nothing dramatic, just gone. Is that normal?",
    ),
    (
        "b3c-064",
        "high",
        "I don't want to be alive anymore. I'm not going to do anything tonight, I just needed to say it somewhere.",
    ),
    (
        "b3c-065",
        "high",
        "twice in high school i tried to hang myself. both times it broke. i'm 30 now and it scares me how calm i feel thinking about it again",
    ),
    (
        "b3c-066",
        "high",
        "whats the point of living if it always feels like this. id rather be dead honestly",
    ),
    (
        "b3c-067",
        "high",
        "the only thing keeping me from killing myself is my dog and he's 14. i don't know what happens when he's gone",
    ),
    (
        "b3c-068",
        "high",
        "Genuinely hoping the biopsy comes back bad so I don't have to do it myself.",
    ),
    (
        "b3c-069",
        "high",
        "i googled how long it takes to die from an overdose last night. i closed the tab but i keep thinking about it",
    ),
    (
        "b3c-070",
        "high",
        "Me: goes to therapy, takes my meds, does yoga.\nAlso me: thinks about jumping in front of the subway every single morning commute.",
    ),
    (
        "b3c-071",
        "high",
        "When they discharged me from the psych ward after my attempt I promised I'd never try again. In my head I break that promise every day.",
    ),
    (
        "b3c-072",
        "high",
        "I'm so sick of being alive. If there was a button that just switched me off I'd press it without thinking twice.",
    ),
    (
        "b3c-073",
        "high",
        "honestly i want to unalive. i hate saying it. i hate that i still feel like this at 40",
    ),
    (
        "b3c-074",
        "high",
        "i keep telling my friends i'm fine but in my head i'm going over how i'd kill myself",
    ),
    (
        "b3c-075",
        "high",
        "Can you die from mixing alcohol with quetiapine? Asking because I want to know if what I'm prescribed would be enough.",
    ),
    (
        "b3c-076",
        "high",
        "ive attempted 4 times. still here. dont know why the universe keeps refusing me",
    ),
    (
        "b3c-077",
        "high",
        "Every time I fly I secretly hope the plane goes down. Not for anyone else on it, just for me.",
    ),
    ("b3c-078", "high", "i'm going to kill myself one of these days. not today. but one day"),
    (
        "b3c-079",
        "high",
        "I should have died in that crash last year. I wish I had. I don't know why I'm still here.",
    ),
    (
        "b3c-080",
        "high",
        "How do people work up the courage to end it? I've wanted to for months but I'm too much of a coward.",
    ),
    (
        "b3c-081",
        "concern",
        "I cut my thighs again last night. Not because I want to die, it's the only thing that makes the noise in my head stop.",
    ),
    (
        "b3c-082",
        "concern",
        "My best friend texted me that she doesn't see the point in living anymore and now she's not answering. What do I do??",
    ),
    (
        "b3c-083",
        "concern",
        "Eight months of job applications and nothing. I genuinely don't see it ever getting better for me.",
    ),
    (
        "b3c-084",
        "concern",
        "I used to think about killing myself every day in college. That's been gone for about two years now thanks to my therapist, but this week has been rough and I wanted to talk to people who get it.",
    ),
    (
        "b3c-085",
        "concern",
        "I'm not suicidal, I want to be clear about that. But I'm exhausted and I've been crying in my car every lunch break.",
    ),
    (
        "b3c-086",
        "concern",
        "Mod note: posts that describe specific suicide methods will be removed. If you're in crisis please use the resources in the sidebar.",
    ),
    (
        "b3c-087",
        "concern",
        "Did anyone else read the article about teen suicide rates going up since 2019? I teach middle school and I honestly don't know what warning signs to watch for.",
    ),
    (
        "b3c-088",
        "concern",
        "I feel like such a burden on my family. They keep paying for everything and I can't hold down a job.",
    ),
    (
        "b3c-089",
        "concern",
        "my brother has been giving his stuff away and saying these weird goodbye-ish things. he tried once before. i'm scared. how do i even bring it up",
    ),
    (
        "b3c-090",
        "concern",
        "burned myself with a lighter again. i know it's bad. i'm not trying to die i just needed to feel something",
    ),
    (
        "b3c-091",
        "concern",
        "I can't keep going like this. Something has to change or I'm going to fall apart.",
    ),
    (
        "b3c-092",
        "concern",
        "I'm researching suicide risk assessment in online forums for my psych thesis. Would any mods be open to a short interview?",
    ),
    (
        "b3c-093",
        "concern",
        "There's no way out. I'm trapped in this marriage, this town, this body.",
    ),
    (
        "b3c-094",
        "concern",
        "My dad keeps a gun in his nightstand and since my depression got worse I asked my mom to lock it up. Not because I'd do anything, it just makes me uneasy having it around.",
    ),
    (
        "b3c-095",
        "concern",
        "Someone in our server told another member to kys in the middle of an argument. How should mods handle that?",
    ),
    (
        "b3c-096",
        "concern",
        "I scratch my arms until they bleed when I get overwhelmed. I've never wanted to kill myself, I just don't know how else to cope.",
    ),
    (
        "b3c-097",
        "concern",
        "My girlfriend attempted last month and I keep waking up at night to check she's breathing. How do you support someone after that?",
    ),
    (
        "b3c-098",
        "concern",
        "Nothing matters and I don't think it ever will. Go to work, come home, stare at the wall, repeat.",
    ),
    (
        "b3c-099",
        "concern",
        "I don't want to die, but I don't really want to be here either, if that makes sense. Like I want to pause life for a year.",
    ),
    (
        "b3c-100",
        "concern",
        "Wrote a poem about the year I almost lost my cousin to suicide. Sharing it because this sub got me through that time.",
    ),
    (
        "b3c-101",
        "none",
        "This organic chemistry final is absolutely killing me. Three chapters to go and I'm already dead on my feet.",
    ),
    (
        "b3c-102",
        "none",
        "I'd murder someone for a decent coffee right now, the machine at work broke AGAIN.",
    ),
    (
        "b3c-103",
        "none",
        "Tonight I'm finally telling my roommate I'm moving out. Rehearsed it like ten times, wish me luck.",
    ),
    (
        "b3c-104",
        "none",
        "The vet prescribed pills for my dog's arthritis and he spits them out every time. Any tricks for hiding them in food?",
    ),
    (
        "b3c-105",
        "none",
        "Finally beat the last boss after like 60 tries. I died so many times I stopped counting lol",
    ),
    ("b3c-106", "none", "dying to see the new season drop on friday!! no spoilers pls"),
    (
        "b3c-107",
        "none",
        "Went to the climbing gym and learned to tie a proper figure-eight on the rope. My forearms are dead.",
    ),
    (
        "b3c-108",
        "none",
        "We walked the whole length of the bridge on Saturday morning and the view over the bay was unreal. Go early before the fog rolls in.",
    ),
    (
        "b3c-109",
        "none",
        "Sorry I've been quiet, work has been brutal this month. Sleeping maybe five hours a night. Anyone have tips for managing stress?",
    ),
    (
        "b3c-110",
        "none",
        "My plan for Sunday: clean the apartment, meal prep, call my grandma. Small wins.",
    ),
    (
        "b3c-111",
        "none",
        "In my novel the narrator's mentor dies in chapter 12 and my beta readers are furious with me lol",
    ),
    (
        "b3c-112",
        "none",
        "Counted out my vitamins for the week into one of those pill organizers. Feeling very adult right now.",
    ),
    (
        "b3c-113",
        "none",
        "Bought a new knife set, the old ones were so dull. Chopping onions is actually fun now.",
    ),
    (
        "b3c-114",
        "none",
        "phone died, missed the bus, spilled coffee on my shirt. today can go jump off a cliff honestly",
    ),
    (
        "b3c-115",
        "none",
        "That comedian absolutely killed it last night, I was crying laughing the whole set.",
    ),
    (
        "b3c-116",
        "none",
        "Interview on Tuesday and I'm nervous. Outfit's ready, notes are printed. Any last-minute advice?",
    ),
    (
        "b3c-117",
        "none",
        "Goodbye, old laptop. Seven years of faithful service. Giving it to my nephew tomorrow.",
    ),
    (
        "b3c-118",
        "none",
        "All my houseplants are dying and I can't figure out why. Too much water? Not enough light?",
    ),
    (
        "b3c-119",
        "none",
        "Been kind of down since the breakup but I'm going to the gym and seeing friends. Just needed to vent a little.",
    ),
    (
        "b3c-120",
        "none",
        "The last episode of that show wrecked me. I'm not okay. Who else sobbed through the ending??",
    ),
]
MISSED = {
    "b3c-002",
    "b3c-003",
    "b3c-008",
    "b3c-011",
    "b3c-013",
    "b3c-015",
    "b3c-016",
    "b3c-018",
    "b3c-020",
    "b3c-021",
    "b3c-022",
    "b3c-023",
    "b3c-024",
    "b3c-025",
    "b3c-027",
    "b3c-032",
    "b3c-033",
    "b3c-038",
    "b3c-043",
    "b3c-044",
    "b3c-045",
    "b3c-047",
    "b3c-054",
    "b3c-055",
    "b3c-058",
    "b3c-060",
    "b3c-068",
    "b3c-070",
    "b3c-080",
    "b3c-082",
    "b3c-092",
    "b3c-099",
    "b3c-114",
}


@pytest.mark.parametrize(
    ("level", "text"),
    [
        pytest.param(
            level,
            text,
            id=post_id,
            marks=[pytest.mark.xfail(strict=True, reason="a family the gate does not read yet")]
            if post_id in MISSED
            else [],
        )
        for post_id, level, text in POSTS
    ],
)
def test_blind_post_gets_the_readers_level(level: str, text: str) -> None:
    assert screen(text).level is Level[level.upper()]
