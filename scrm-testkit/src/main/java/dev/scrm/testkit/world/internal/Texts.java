package dev.scrm.testkit.world.internal;

import java.util.List;

/**
 * English templates for synthetic posts, written for this project. Placeholders: {@code {B}} a reference to
 * the brand (its name, hashtag or {@code @} handle), {@code {O}} a reference to a second brand, {@code {P}} one
 * of the brand's products, {@code {F}} a product feature, {@code {N}} a small number, {@code {C}} a city.
 * Opinion words sit only in the positive, negative and complaint templates; questions and neutral
 * templates carry none. Not API.
 */
public final class Texts {

    private Texts() {
    }

    /** Product features people talk about. */
    public static final List<String> FEATURES = List.of(
            "battery life", "noise cancelling", "bass", "sound", "fit", "Bluetooth pairing", "companion app",
            "microphone", "charging case", "transparency mode", "touch controls", "multipoint connection");

    /** Praise. */
    public static final List<String> POSITIVE = List.of(
            "Absolutely love my new {P}. The {F} is fantastic!",
            "{B} nailed it with the {P}, best purchase I've made this year.",
            "Three weeks with the {P} and I'm really impressed. The {F} is superb.",
            "Shout-out to {B} support, they sorted my issue in minutes. Great service!",
            "The {F} on the {P} is so good that my hour-long commute flew by.",
            "Honestly the {P} sounds amazing for the price. Happy customer here.",
            "{B} just keeps getting better. The latest update made the {F} even nicer.",
            "Gave my sister a {P} for her birthday and she loves it. Thanks {B}!",
            "Can't recommend the {P} enough: comfortable all day and the {F} is brilliant.",
            "Wow, the {F} on the {P} is incredible. Well done {B}.",
            "Switched from {O} to {B} and what a difference. So happy with it.",
            "Best earbuds I have owned, period. The {P} is a winner.",
            "Finally a {F} that actually works. Thank you {B} :)",
            "Ran a half marathon with the {P} today and they stayed put the whole way. Perfect {F}.",
            "The {P} is beautiful, light and the {F} is excellent. Glad I waited for it.",
            "{B} customer service was friendly and helpful, replacement arrived in {N} days. Impressed!",
            "Loving the warm sound of the {P}. Great job {B}.",
            "Compared the {P} with the {O} in store and the {P} won easily. Really pleased.",
            "My {P} survived a rainy week in {C} and still sounds great. Solid product.",
            "The {F} update from {B} is a nice surprise. Excellent work.",
            "Five stars for the {P}. Clear calls, strong {F}, easy setup.",
            "I was sceptical but the {P} is genuinely good. The {F} is a delight.",
            "Happy to say the {P} is worth every penny.",
            "{B} really cares about its customers. Smooth exchange and a kind agent. Thank you!");

    /** Criticism of a product. */
    public static final List<String> NEGATIVE = List.of(
            "Really disappointed with the {P}. The {F} keeps failing.",
            "{B}, your {F} is a joke. Worst purchase this year.",
            "My {P} died after two weeks. Terrible quality, not buying {B} again.",
            "The {F} on the {P} is awful, constant dropouts. So frustrating.",
            "Returned the {P}. Uncomfortable and the sound is muddy. Sad.",
            "Not impressed by {B}. Overpriced, and the {F} is just bad.",
            "The latest {B} update broke the {F}. Annoying and useless now.",
            "Left earbud of my {P} stopped working. Cheap and disappointing.",
            "Ugh, the {P} hurts my ears after an hour. Horrible {F}.",
            "Went from {B} to {O} because the {P} was so unreliable. Regret buying it.",
            "The {F} on the {P} is terrible. Hard to believe this passed testing.",
            "{B} quality has gone downhill. My {P} crackles and hisses. Awful.",
            "Paid a premium for the {P} and the {F} is worse than my old cheap pair. Bad deal.",
            "The {P} case cracked in a week. Poor build, really annoyed.",
            "Worst {F} I've ever used. Shame on you {B}.",
            "Sorry {B}, but the {P} is a failure. Weak {F} and bad battery.",
            "Hate how the {P} disconnects every few minutes. Broken experience.",
            "Don't waste your money on the {P}. Disappointing {F}, ugly design.");

    /** Service complaints. */
    public static final List<String> COMPLAINT = List.of(
            "{B} I've been waiting {N} days for my refund. This is unacceptable.",
            "{B} support has ignored my ticket for a week. Horrible experience.",
            "Hey {B}, my order arrived broken and nobody answers. Terrible service!",
            "The firmware update bricked my {P}. Furious with {B}, this is unacceptable.",
            "Third time calling {B} about the same faulty {P}. Still no fix. Awful.",
            "Very angry and frustrated: {B} billed me twice for one {P}.",
            "Warranty claim rejected by {B} for no reason. Disgraceful way to treat customers.",
            "Still no replacement for my dead {P} after {N} weeks. {B} service is a disaster.",
            "{B} your chat bot is useless and your hold times are ridiculous.",
            "Delivery of my {P} is {N} days late and {B} keeps lying about it. Fed up.",
            "Really upset with {B}: broken {P}, rude agent, no refund.",
            "Lost a week of music because {B} support can't fix a simple pairing bug. Pathetic.");

    /** Questions without opinion words. */
    public static final List<String> QUESTION = List.of(
            "Does the {P} support {F} on Android?",
            "Anyone know if the {P} works with a PS5?",
            "Is the {B} warranty valid in {C}?",
            "Thinking about the {P} or the {O}. Which one has the stronger {F}?",
            "How long does the {P} take to charge from zero?",
            "Can the {P} connect to two phones at once?",
            "Where can I buy {P} ear tips in {C}?",
            "Does anyone use the {P} for running? How is the {F}?",
            "What is the difference between the {P} and the older model?",
            "Is there a {B} store in {C}?",
            "When does the next {B} firmware update come out?",
            "Which {B} model would you pick for long flights?");

    /** Questions a customer addresses to the brand's own handle; {@code {B}} is always the handle. */
    public static final List<String> INBOUND_QUESTION = List.of(
            "{B} how do I reset my {P}? The manual does not say.",
            "{B} can I change the delivery address of an order I placed yesterday?",
            "{B} is the {P} covered by warranty if I bought it abroad?",
            "{B} which ear tip size ships with the {P}?",
            "{B} how do I turn off the voice prompts on the {P}?",
            "{B} is there a way to update the {P} without the app?",
            "{B} do you ship replacement charging cases for the {P}?",
            "{B} what are your support hours on weekends?");

    /** News, plans and facts without opinion words. */
    public static final List<String> NEUTRAL = List.of(
            "Picked up the {P} today. Will report back after a week.",
            "{B} announced a new colour for the {P}.",
            "The {P} is on sale at the usual stores this weekend.",
            "Unboxing the {P} tonight on stream.",
            "{B} opens a pop-up store in {C} next month.",
            "My {P} arrived. Setting it up now.",
            "Testing the {F} of the {P} on the train tomorrow.",
            "{B} published the {F} specs for the {P} on its site.",
            "Day {N} with the {P}. Full review on Friday.",
            "Listening to a podcast on the {P} while working from home.",
            "The {P} comes in black, white and blue.",
            "{B} moved its call centre to {C}.",
            "Side by side: the {P} and the {O}. Photos below.");

    /** Replies in a thread that name no brand. */
    public static final List<String> REPLY_POSITIVE = List.of(
            "Same here, mine has been great so far!", "Totally agree, love mine too.",
            "Good to hear, I was about to order one. Thanks!", "Nice! Enjoy it, they are excellent.");

    /** Negative replies in a thread that name no brand. */
    public static final List<String> REPLY_NEGATIVE = List.of(
            "Same problem here, so frustrating.", "Mine broke too. Terrible.",
            "Ugh, that sounds awful. Sorry.", "Had the same bad experience, returned it.");

    /** Neutral replies in a thread that name no brand. */
    public static final List<String> REPLY_NEUTRAL = List.of(
            "Which colour did you get?", "How long have you had it?", "Following this thread.",
            "Did you buy it online or in a store?");

    /** Chatter that names no brand. */
    public static final List<String> UNBRANDED = List.of(
            "Anyone have recommendations for earbuds under 100?",
            "Long run today and I need new podcasts. Suggestions?",
            "Found my old earbuds in a drawer today.",
            "Is it worth getting headphones with noise cancelling for the office?",
            "New album from my favourite band drops on Friday.",
            "Trying to decide between over-ear and in-ear for the gym.",
            "Spent the evening cleaning my record collection.",
            "Airport lounge, waiting to board, phone at 40 percent.",
            "Three podcasts about sound design: a thread.",
            "My cat chewed through another charging cable.");

    /** Posts that use the word "halcyon" without meaning the Halcyon Audio brand. */
    public static final List<String> HALCYON_DECOY = List.of(
            "Halcyon is the old name of the kingfisher.",
            "Those were halcyon days, before group chats existed.",
            "Reading about the halcyon, a bird from Greek myth.");

    /** Posts of the brands' own accounts. */
    public static final List<String> BRAND_POST = List.of(
            "New firmware for the {P} is rolling out today: better {F} and bug fixes.",
            "Meet the {P}. Available in stores and online now.",
            "Tip of the week: double-tap the right earbud of the {P} to switch the {F}.",
            "We are hiring sound engineers in {C}.",
            "Our support team is here for you seven days a week.",
            "The {P} is now available in a new colour.",
            "Behind the scenes: how we tune the {F} of the {P}.");

    /** A post a playful user wrote to probe web pages for script injection; it must always show as text. */
    public static final String SCRIPT_PROBE = "Does your site escape this? <script>alert('hi')</script> {B}";
}
