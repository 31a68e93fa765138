package dev.scrm.testkit.world.internal;

import java.util.List;
import java.util.Map;

/** Word lists for synthetic persons and their accounts. Written for this project; not API. */
public final class Names {

    private Names() {
    }

    /** Given names, some with diacritics; common ones appear more than once so that namesakes occur. */
    public static final List<String> GIVEN = List.of(
            "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
            "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Daniel", "Karen",
            "Matthew", "Nancy", "Anthony", "Lisa", "Mark", "Sandra", "Steven", "Ashley", "Andrew", "Emily",
            "Joshua", "Michelle", "Kevin", "Amanda", "Brian", "Melissa", "George", "Stephanie", "Timothy", "Rebecca",
            "Ryan", "Laura", "Jacob", "Helen", "Nicholas", "Anna", "Eric", "Olivia", "Jonathan", "Emma",
            "Samuel", "Sophie", "Benjamin", "Chloe", "Alexander", "Grace", "Patrick", "Hannah", "Jack", "Lucy",
            "José", "María", "Zoë", "Søren", "Chloé", "Renée", "André", "Noël", "Björn", "Inês",
            "Mateo", "Lucía", "Sofía", "Diego", "Camila", "Lukas", "Lena", "Jonas", "Mia", "Elias",
            "Aarav", "Priya", "Rohan", "Ananya", "Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Seo-yeon",
            "Kwame", "Amara", "Chidi", "Zainab", "Omar", "Fatima", "Yusuf", "Leila", "Mehmet", "Elif",
            "Liam", "Noah", "Ava", "Isabella", "Ethan", "Mason", "Harper", "Evelyn", "Aiden", "Ella",
            "Francesca", "Giulia", "Marco", "Luca", "Ingrid", "Astrid", "Mikael", "Freya", "Declan", "Siobhan",
            "James", "John", "Mary", "Michael", "David", "Sarah", "Emma", "Daniel");

    /** Family names, some with diacritics or particles; common ones appear more than once. */
    public static final List<String> FAMILY = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer",
            "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
            "Dubois", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Leroy", "Roux", "Fournier", "Girard",
            "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Kowalski", "Nowak", "Wiśniewski", "Novák", "Horváth", "Popescu", "Ionescu", "Papadopoulos", "Yılmaz",
            "Kaya", "Demir", "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Khan", "Ahmed", "Ali",
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Sato", "Suzuki",
            "Takahashi", "Tanaka", "Kim", "Park", "Choi", "Okafor", "Mensah", "Adeyemi", "Mwangi", "Diallo",
            "O'Brien", "O'Connor", "Murphy", "Kelly", "McCarthy", "van der Berg", "de Vries", "Janssen", "da Silva",
            "dos Santos", "Smith", "Johnson", "Brown", "Garcia", "Lee", "Nguyen", "Patel", "Kim", "Müller");

    /** Short forms people use for some given names. */
    public static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("James", "Jim"), Map.entry("Robert", "Rob"), Map.entry("Michael", "Mike"),
            Map.entry("William", "Will"), Map.entry("Richard", "Rick"), Map.entry("Joseph", "Joe"),
            Map.entry("Thomas", "Tom"), Map.entry("Daniel", "Dan"), Map.entry("Matthew", "Matt"),
            Map.entry("Anthony", "Tony"), Map.entry("Steven", "Steve"), Map.entry("Andrew", "Andy"),
            Map.entry("Joshua", "Josh"), Map.entry("Timothy", "Tim"), Map.entry("Nicholas", "Nick"),
            Map.entry("Jonathan", "Jon"), Map.entry("Samuel", "Sam"), Map.entry("Benjamin", "Ben"),
            Map.entry("Alexander", "Alex"), Map.entry("Elizabeth", "Liz"), Map.entry("Jennifer", "Jen"),
            Map.entry("Patricia", "Patty"), Map.entry("Rebecca", "Becca"), Map.entry("Stephanie", "Steph"),
            Map.entry("Jessica", "Jess"), Map.entry("Francesca", "Fran"), Map.entry("Isabella", "Bella"),
            Map.entry("Elias", "Eli"), Map.entry("Kevin", "Kev"), Map.entry("Patrick", "Pat"));

    /** Home cities. */
    public static final List<String> CITIES = List.of(
            "London", "Manchester", "Dublin", "Edinburgh", "New York", "Chicago", "Austin", "Seattle", "Toronto",
            "Vancouver", "Sydney", "Melbourne", "Auckland", "Berlin", "Munich", "Hamburg", "Vienna", "Zurich",
            "Paris", "Lyon", "Brussels", "Amsterdam", "Rotterdam", "Copenhagen", "Stockholm", "Oslo", "Helsinki",
            "Madrid", "Barcelona", "Lisbon", "Porto", "Rome", "Milan", "Warsaw", "Prague", "Budapest", "Athens",
            "Istanbul", "Mumbai", "Bangalore", "Singapore", "Tokyo", "Seoul", "Lagos", "Nairobi", "Cape Town",
            "Mexico City", "São Paulo", "Buenos Aires");

    /** What people say they do, for bios. */
    public static final List<String> JOBS = List.of(
            "Software engineer", "Nurse", "Teacher", "Designer", "Photographer", "Student", "Data analyst",
            "Barista", "Music producer", "Product manager", "Chef", "Writer", "Architect", "Electrician",
            "Physiotherapist", "Researcher", "Sound engineer", "Podcaster", "Runner and coach", "Retired librarian");

    /** Interests, for bios. */
    public static final List<String> INTERESTS = List.of(
            "vinyl", "trail running", "cycling", "jazz", "podcasts", "board games", "gardening", "coffee",
            "indie games", "hiking", "synths", "film photography", "football", "climbing", "baking", "birding");

    /** Adjectives for pseudonymous handles. */
    public static final List<String> ADJECTIVES = List.of(
            "quiet", "brave", "sleepy", "lucky", "rusty", "silver", "mellow", "fuzzy", "clever", "wild",
            "tiny", "grumpy", "happy", "misty", "cosmic", "salty", "swift", "velvet", "amber", "neon");

    /** Nouns for pseudonymous handles. */
    public static final List<String> NOUNS = List.of(
            "otter", "falcon", "badger", "walrus", "panda", "heron", "fox", "lynx", "moth", "toad",
            "comet", "pixel", "kettle", "maple", "pebble", "rocket", "cactus", "lantern", "biscuit", "tuba");

    /** Mastodon servers the synthetic accounts live on. */
    public static final List<String> MASTODON_SERVERS = List.of(
            "mastodon.social", "mastodon.social", "mastodon.social", "fosstodon.org", "hachyderm.io", "mas.to",
            "mstdn.social", "techhub.social", "mastodon.online", "social.vivaldi.net");

    /** Subreddits where the synthetic Reddit posts appear. */
    public static final List<String> SUBREDDITS = List.of(
            "headphones", "headphones", "audiophile", "BudgetAudiophile", "running", "gadgets", "BuyItForLife");

    /** Top-level domains for personal web sites. */
    public static final List<String> TLDS = List.of("com", "net", "io", "dev", "me", "blog", "co.uk", "de", "org");
}
