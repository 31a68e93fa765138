package dev.scrm.identity.internal;

import java.util.HashMap;
import java.util.Map;

/** Common English given-name nicknames mapped to a canonical form. Stateless and thread-safe. */
final class Nicknames {

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        String[][] groups = {{"william", "bill", "will", "billy", "liam"}, {"robert", "bob", "rob", "bobby", "robbie"},
            {"elizabeth", "liz", "beth", "betty", "lizzie", "eliza"}, {"james", "jim", "jimmy", "jamie"},
            {"michael", "mike", "mick", "mikey"}, {"richard", "rick", "dick", "rich", "ricky"},
            {"joseph", "joe", "joey"}, {"thomas", "tom", "tommy"}, {"christopher", "chris", "kit"},
            {"daniel", "dan", "danny"}, {"matthew", "matt"}, {"anthony", "tony"},
            {"margaret", "maggie", "meg", "peggy"}, {"steven", "steve", "stephen"}, {"andrew", "andy", "drew"},
            {"kenneth", "ken", "kenny"}, {"jennifer", "jen", "jenny"}, {"katherine", "kate", "kathy", "katie",
                "catherine", "kathryn"}, {"benjamin", "ben", "benny"}, {"samuel", "sam", "sammy"},
            {"alexander", "alex", "sasha"}, {"nicholas", "nick", "nicky"}, {"jonathan", "jon", "john", "johnny"},
            {"patricia", "pat", "patty", "tricia"}, {"rebecca", "becky", "becca"}, {"victoria", "vicky", "tori"},
            {"zachary", "zach", "zack"}, {"timothy", "tim", "timmy"}, {"gregory", "greg"},
            {"jacqueline", "jackie"}, {"deborah", "debbie", "deb", "debra"}, {"samantha", "sam", "sammie"},
            {"abigail", "abby", "abbie"}, {"gabriel", "gabe"}, {"susan", "sue", "susie"}, {"edward", "ed", "eddie",
                "ted"}, {"donald", "don", "donnie"}, {"lawrence", "larry"}, {"raymond", "ray"}, {"douglas", "doug"},
            {"charles", "charlie", "chuck"}, {"david", "dave", "davey"}, {"joshua", "josh"}, {"jeffrey", "jeff"},
            {"frederick", "fred", "freddie"}, {"henry", "harry", "hank"}, {"peter", "pete"}, {"ronald", "ron"},
            {"philip", "phil"}, {"nathan", "nate", "nathaniel"}, {"christine", "chris", "christina", "tina"},
            {"amanda", "mandy"}, {"melissa", "mel"}, {"jessica", "jess", "jessie"}, {"pamela", "pam"},
            {"kimberly", "kim"}, {"cynthia", "cindy"}, {"dorothy", "dot", "dottie"}, {"judith", "judy"}};
        for (String[] g : groups) {
            for (String n : g) {
                CANONICAL.putIfAbsent(n, g[0]);
            }
        }
    }

    private Nicknames() {
    }

    static String canonical(String token) {
        return CANONICAL.getOrDefault(token, token);
    }

    /** Whether two sorted token sets are equal once every token is mapped to its canonical given name. */
    static boolean sameAfterNicknames(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        String[] x = new String[a.length];
        String[] y = new String[b.length];
        for (int k = 0; k < a.length; k++) {
            x[k] = canonical(a[k]);
            y[k] = canonical(b[k]);
        }
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }
}
