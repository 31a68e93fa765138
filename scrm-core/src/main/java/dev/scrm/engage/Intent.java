package dev.scrm.engage;

/** What an inbound message wants, as labelled by a {@link TriageClassifier}. */
public enum Intent {
    /** The customer asks something. */
    QUESTION,
    /** The customer complains about a product, an order or the service. */
    COMPLAINT,
    /** The customer praises or thanks the brand. */
    PRAISE,
    /** The customer shows interest in buying: prices, availability, demos. */
    SALES_LEAD,
    /** Unsolicited promotion, scams or bots: never opens a case. */
    SPAM,
    /** Nothing more specific was recognised. */
    OTHER
}
