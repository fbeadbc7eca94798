<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PayoutIdentityForm</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2; choose a smaller photo or scan.</source>
        <translation>%1 is larger than %2; choose a smaller photo or scan.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG photo or a PDF scan.</source>
        <translation>%1 is not a JPEG or PNG photo or a PDF scan.</translation>
    </message>
    <message>
        <source>Enter your legal name as it is written on your identity document.</source>
        <translation>Enter your legal name as it is written on your identity document.</translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation>Enter your date of birth.</translation>
    </message>
    <message>
        <source>Enter your address: street, city and country.</source>
        <translation>Enter your address: street, city and country.</translation>
    </message>
    <message>
        <source>Choose a photo or scan of your identity document.</source>
        <translation>Choose a photo or scan of your identity document.</translation>
    </message>
</context>
<context>
    <name>caravan::data::ConflictStore</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>Choose a value for “%1” first.</source>
        <translation>Choose a value for “%1” first.</translation>
    </message>
    <message>
        <source>“%1” is not part of this conflict.</source>
        <translation>“%1” is not part of this conflict.</translation>
    </message>
</context>
<context>
    <name>caravan::data::ListingCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>caravan::data::ListingRepository</name>
    <message numerus="yes">
        <source>The listing “%1” was not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>The listing “%1” was not saved: %n problem to fix.</numerusform>
            <numerusform>The listing “%1” was not saved: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>Cannot start a transaction on the local database: %1</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>Saving the listing failed: %1</source>
        <translation>Saving the listing failed: %1</translation>
    </message>
    <message>
        <source>Saving the listing&apos;s photos failed: %1</source>
        <translation>Saving the listing&apos;s photos failed: %1</translation>
    </message>
    <message>
        <source>Queueing the change for sync failed: %1</source>
        <translation>Queueing the change for sync failed: %1</translation>
    </message>
    <message>
        <source>There is no listing %1.</source>
        <translation>There is no listing %1.</translation>
    </message>
</context>
<context>
    <name>caravan::data::LocalDatabase</name>
    <message>
        <source>Cannot create the folder %1 for the local database.</source>
        <translation>Cannot create the folder %1 for the local database.</translation>
    </message>
    <message>
        <source>Cannot open the local database %1: %2</source>
        <translation>Cannot open the local database %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the local database %1 to write-ahead logging: %2</source>
        <translation>Cannot switch the local database %1 to write-ahead logging: %2</translation>
    </message>
</context>
<context>
    <name>caravan::data::MessageRepository</name>
    <message>
        <source>Write a message first.</source>
        <translation>Write a message first.</translation>
    </message>
    <message>
        <source>A message has at most %1 characters.</source>
        <translation>A message has at most %1 characters.</translation>
    </message>
    <message>
        <source>The message holds a control character; remove it.</source>
        <translation>The message holds a control character; remove it.</translation>
    </message>
    <message>
        <source>Too many messages were sent in the last hour; write again later.</source>
        <translation>Too many messages were sent in the last hour; write again later.</translation>
    </message>
    <message>
        <source>This conversation is not one of yours.</source>
        <translation>This conversation is not one of yours.</translation>
    </message>
    <message>
        <source>The server did not take this text.</source>
        <translation>The server did not take this text.</translation>
    </message>
    <message>
        <source>A sent message cannot be changed.</source>
        <translation>A sent message cannot be changed.</translation>
    </message>
    <message>
        <source>The server refused the message (%1).</source>
        <translation>The server refused the message (%1).</translation>
    </message>
    <message>
        <source>Reading the messages failed: %1</source>
        <translation>Reading the messages failed: %1</translation>
    </message>
    <message>
        <source>Saving what you read failed: %1</source>
        <translation>Saving what you read failed: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>Cannot start a transaction on the local database: %1</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>There is no conversation %1.</translation>
    </message>
    <message>
        <source>Saving the message failed: %1</source>
        <translation>Saving the message failed: %1</translation>
    </message>
    <message>
        <source>Queueing the message for sync failed: %1</source>
        <translation>Queueing the message for sync failed: %1</translation>
    </message>
</context>
<context>
    <name>caravan::data::MigrationMessages</name>
    <message>
        <source>Cannot read the version of the local database: %1</source>
        <translation>Cannot read the version of the local database: %1</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of Caravan (schema %1; this version knows up to %2). Please update Caravan.</source>
        <translation>The local database was written by a newer version of Caravan (schema %1; this version knows up to %2). Please update Caravan.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>Cannot start a transaction on the local database: %1</translation>
    </message>
    <message>
        <source>Local database upgrade step %1 is missing.</source>
        <translation>Local database upgrade step %1 is missing.</translation>
    </message>
    <message>
        <source>Upgrading the local database to version %1 failed: %2. Nothing was changed.</source>
        <translation>Upgrading the local database to version %1 failed: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Upgrading the local database failed: %1. Nothing was changed.</source>
        <translation>Upgrading the local database failed: %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>caravan::data::OrderRepository</name>
    <message>
        <source>Reading the orders failed: %1</source>
        <translation>Reading the orders failed: %1</translation>
    </message>
    <message>
        <source>Choose the carrier, or type its name (up to 40 characters).</source>
        <translation>Choose the carrier, or type its name (up to 40 characters).</translation>
    </message>
    <message>
        <source>Enter the tracking number from the carrier&apos;s receipt.</source>
        <translation>Enter the tracking number from the carrier&apos;s receipt.</translation>
    </message>
    <message>
        <source>A tracking number has 4 to 40 characters.</source>
        <translation>A tracking number has 4 to 40 characters.</translation>
    </message>
    <message>
        <source>A tracking number holds only letters, digits and hyphens.</source>
        <translation>A tracking number holds only letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>This is not a tracking number of this carrier; they look like %1.</source>
        <translation>This is not a tracking number of this carrier; they look like %1.</translation>
    </message>
    <message>
        <source>This is not a tracking number of this carrier.</source>
        <translation>This is not a tracking number of this carrier.</translation>
    </message>
    <message>
        <source>The check digit of this number is wrong: compare it with the carrier&apos;s receipt.</source>
        <translation>The check digit of this number is wrong: compare it with the carrier&apos;s receipt.</translation>
    </message>
    <message>
        <source>This tracking number cannot be used (%1).</source>
        <translation>This tracking number cannot be used (%1).</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the local database: %1</source>
        <translation>Cannot start a transaction on the local database: %1</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>There is no order %1.</translation>
    </message>
    <message>
        <source>This order is already marked shipped; the shipment waits to be synced.</source>
        <translation>This order is already marked shipped; the shipment waits to be synced.</translation>
    </message>
    <message>
        <source>Only a paid order can be marked shipped.</source>
        <translation>Only a paid order can be marked shipped.</translation>
    </message>
    <message>
        <source>Queueing the shipment for sync failed: %1</source>
        <translation>Queueing the shipment for sync failed: %1</translation>
    </message>
    <message>
        <source>Saving the shipment failed: %1</source>
        <translation>Saving the shipment failed: %1</translation>
    </message>
</context>
<context>
    <name>caravan::data::PackingEvidenceRepository</name>
    <message>
        <source>Packing evidence belongs to a listing or an order.</source>
        <translation>Packing evidence belongs to a listing or an order.</translation>
    </message>
    <message>
        <source>Add at least one photo of the packed parcel.</source>
        <translation>Add at least one photo of the packed parcel.</translation>
    </message>
    <message>
        <source>Enter the measured weight and all three sides of the parcel.</source>
        <translation>Enter the measured weight and all three sides of the parcel.</translation>
    </message>
    <message>
        <source>Queueing the evidence for upload failed: %1</source>
        <translation>Queueing the evidence for upload failed: %1</translation>
    </message>
</context>
<context>
    <name>caravan::data::PhotoStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; photos that large are not accepted.</source>
        <translation>%1 is larger than %2 MB; photos that large are not accepted.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not an image Caravan can read (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>This is not an image Caravan can read (JPEG, PNG, WebP, GIF or BMP).</translation>
    </message>
    <message>
        <source>The image claims to be %1 × %2 pixels, which is larger than any camera photo (at most %3 pixels on a side and %4 megapixels are accepted).</source>
        <translation>The image claims to be %1 × %2 pixels, which is larger than any camera photo (at most %3 pixels on a side and %4 megapixels are accepted).</translation>
    </message>
    <message>
        <source>The JPEG file is incomplete (it was probably cut off while copying or downloading).</source>
        <translation>The JPEG file is incomplete (it was probably cut off while copying or downloading).</translation>
    </message>
    <message>
        <source>The PNG file is incomplete (it was probably cut off while copying or downloading).</source>
        <translation>The PNG file is incomplete (it was probably cut off while copying or downloading).</translation>
    </message>
    <message>
        <source>The image could not be decoded: %1</source>
        <translation>The image could not be decoded: %1</translation>
    </message>
    <message>
        <source>There is no image to add.</source>
        <translation>There is no image to add.</translation>
    </message>
    <message>
        <source>The image is larger than %1 pixels on a side.</source>
        <translation>The image is larger than %1 pixels on a side.</translation>
    </message>
    <message>
        <source>The image has no pixels.</source>
        <translation>The image has no pixels.</translation>
    </message>
    <message>
        <source>The photo could not be encoded as JPEG.</source>
        <translation>The photo could not be encoded as JPEG.</translation>
    </message>
    <message>
        <source>The photo could not be saved in %1.</source>
        <translation>The photo could not be saved in %1.</translation>
    </message>
    <message>
        <source>The photo could not be recorded: %1</source>
        <translation>The photo could not be recorded: %1</translation>
    </message>
    <message>
        <source>The photo is not in the local photo store.</source>
        <translation>The photo is not in the local photo store.</translation>
    </message>
    <message>
        <source>The crop area is too small (at least 16 × 16 pixels).</source>
        <translation>The crop area is too small (at least 16 × 16 pixels).</translation>
    </message>
    <message>
        <source>The photo name is not a SHA-256.</source>
        <translation>The photo name is not a SHA-256.</translation>
    </message>
    <message>
        <source>The server sent something that is not a complete JPEG photo.</source>
        <translation>The server sent something that is not a complete JPEG photo.</translation>
    </message>
    <message>
        <source>The server sent a photo Caravan cannot read or one larger than %1 pixels on a side.</source>
        <translation>The server sent a photo Caravan cannot read or one larger than %1 pixels on a side.</translation>
    </message>
</context>
<context>
    <name>caravan::data::TemplateRepository</name>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
</context>
<context>
    <name>caravan::data::TokenStore</name>
    <message>
        <source>No saved sign-in was found in the keyring.</source>
        <translation>No saved sign-in was found in the keyring.</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1). Caravan does not store sign-ins in plain text, so you will need to sign in again next time. You can keep working offline with the data on this computer.</source>
        <translation>The system keyring is not available (%1). Caravan does not store sign-ins in plain text, so you will need to sign in again next time. You can keep working offline with the data on this computer.</translation>
    </message>
    <message>
        <source>Access to the system keyring was denied (%1).</source>
        <translation>Access to the system keyring was denied (%1).</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the keyring (%1).</source>
        <translation>The saved sign-in could not be removed from the keyring (%1).</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>The system keyring reported an error: %1</translation>
    </message>
</context>
<context>
    <name>caravan::models::ConflictFieldsModel</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before (last sync)</source>
        <translation>Before (last sync)</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>caravan::models::ConflictListModel</name>
    <message>
        <source>Listing %1</source>
        <translation>Listing %1</translation>
    </message>
    <message>
        <source> (resolved, waiting to sync)</source>
        <translation> (resolved, waiting to sync)</translation>
    </message>
</context>
<context>
    <name>caravan::models::DisputeQueueModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Another member of staff</source>
        <translation>Another member of staff</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
</context>
<context>
    <name>caravan::models::DisputeSharesCalculator</name>
    <message>
        <source>Choose what happens to the money.</source>
        <translation>Choose what happens to the money.</translation>
    </message>
    <message>
        <source>The refund must be more than 0 and less than item + postage (%1).</source>
        <translation>The refund must be more than 0 and less than item + postage (%1).</translation>
    </message>
    <message>
        <source>The split cannot be computed: %1</source>
        <translation>The split cannot be computed: %1</translation>
    </message>
    <message>
        <source>The buyer gets %1 back once the seller has the item again.</source>
        <translation>The buyer gets %1 back once the seller has the item again.</translation>
    </message>
    <message>
        <source>The buyer gets %1 back.</source>
        <translation>The buyer gets %1 back.</translation>
    </message>
    <message>
        <source>The buyer gets nothing back.</source>
        <translation>The buyer gets nothing back.</translation>
    </message>
    <message>
        <source>Of that, the buyer protection fee: %1.</source>
        <translation>Of that, the buyer protection fee: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The seller keeps %1 of item + postage, pays a seller fee of %2 and is paid %3.</source>
        <translation>The seller keeps %1 of item + postage, pays a seller fee of %2 and is paid %3.</translation>
    </message>
    <message>
        <source>The seller gets nothing.</source>
        <translation>The seller gets nothing.</translation>
    </message>
    <message>
        <source>Caravan keeps the buyer protection fee of %1.</source>
        <translation>Caravan keeps the buyer protection fee of %1.</translation>
    </message>
    <message>
        <source>Duty and tax paid at checkout (%1) are not refunded: the goods crossed the border.</source>
        <translation>Duty and tax paid at checkout (%1) are not refunded: the goods crossed the border.</translation>
    </message>
    <message>
        <source>Enter the amount in %1.</source>
        <translation>Enter the amount in %1.</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2.</source>
        <translation>%1 is not an amount in %2.</translation>
    </message>
</context>
<context>
    <name>caravan::models::DisputeText</name>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Counterfeit</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Waiting for the seller</source>
        <translation>Waiting for the seller</translation>
    </message>
    <message>
        <source>Waiting for the buyer</source>
        <translation>Waiting for the buyer</translation>
    </message>
    <message>
        <source>Escalated to staff</source>
        <translation>Escalated to staff</translation>
    </message>
    <message>
        <source>Waiting for a second approver</source>
        <translation>Waiting for a second approver</translation>
    </message>
    <message>
        <source>Item being returned</source>
        <translation>Item being returned</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Release to the seller</source>
        <translation>Release to the seller</translation>
    </message>
    <message>
        <source>Full refund to the buyer</source>
        <translation>Full refund to the buyer</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Return, then refund</source>
        <translation>Return, then refund</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Dispute opened</translation>
    </message>
    <message>
        <source>Seller answered</source>
        <translation>Seller answered</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Offer accepted</translation>
    </message>
    <message>
        <source>Offer refused</source>
        <translation>Offer refused</translation>
    </message>
    <message>
        <source>Withdrawn by the buyer</source>
        <translation>Withdrawn by the buyer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Return sent</source>
        <translation>Return sent</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Return received</translation>
    </message>
    <message>
        <source>Claimed by staff</source>
        <translation>Claimed by staff</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Decision proposed, waiting for a second approver</source>
        <translation>Decision proposed, waiting for a second approver</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Decision approved</translation>
    </message>
    <message>
        <source>Decision rejected</source>
        <translation>Decision rejected</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Partial refund of %1</source>
        <translation>Partial refund of %1</translation>
    </message>
    <message>
        <source>Return to %1, then a full refund</source>
        <translation>Return to %1, then a full refund</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>No offer</translation>
    </message>
    <message>
        <source>The seller&apos;s answer</source>
        <translation>The seller&apos;s answer</translation>
    </message>
    <message>
        <source>The buyer: accept the offer, escalate or withdraw</source>
        <translation>The buyer: accept the offer, escalate or withdraw</translation>
    </message>
    <message>
        <source>A staff decision</source>
        <translation>A staff decision</translation>
    </message>
    <message>
        <source>A second member of staff to approve the decision</source>
        <translation>A second member of staff to approve the decision</translation>
    </message>
    <message>
        <source>The buyer to send the item back</source>
        <translation>The buyer to send the item back</translation>
    </message>
    <message>
        <source>The returned item (%1 %2)</source>
        <translation>The returned item (%1 %2)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>Released to the seller</source>
        <translation>Released to the seller</translation>
    </message>
    <message>
        <source>Refunded to the buyer: %1</source>
        <translation>Refunded to the buyer: %1</translation>
    </message>
    <message>
        <source>Split: %1 refunded to the buyer, the rest released to the seller</source>
        <translation>Split: %1 refunded to the buyer, the rest released to the seller</translation>
    </message>
</context>
<context>
    <name>caravan::models::IdentityQueueModel</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>caravan::models::LandedCostModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No HS code given: the category&apos;s heading %1 is used.</source>
        <translation>No HS code given: the category&apos;s heading %1 is used.</translation>
    </message>
    <message>
        <source>enter a price and its currency</source>
        <translation>enter a price and its currency</translation>
    </message>
    <message>
        <source>the price must be more than zero</source>
        <translation>the price must be more than zero</translation>
    </message>
    <message>
        <source>price: %1</source>
        <translation>price: %1</translation>
    </message>
    <message>
        <source>choose the country the parcel ships from</source>
        <translation>choose the country the parcel ships from</translation>
    </message>
    <message>
        <source>unknown postage service &quot;%1&quot;</source>
        <translation>unknown postage service &quot;%1&quot;</translation>
    </message>
    <message>
        <source>enter the packed weight to price the postage</source>
        <translation>enter the packed weight to price the postage</translation>
    </message>
    <message>
        <source>enter the packed dimensions to price the postage</source>
        <translation>enter the packed dimensions to price the postage</translation>
    </message>
    <message>
        <source>domestic sale: no customs declaration or import charges</source>
        <translation>domestic sale: no customs declaration or import charges</translation>
    </message>
    <message>
        <source>no customs rules for %1 in the shipped data</source>
        <translation>no customs rules for %1 in the shipped data</translation>
    </message>
    <message>
        <source>parcel too large or heavy for %1: %2</source>
        <translation>parcel too large or heavy for %1: %2</translation>
    </message>
    <message>
        <source>cannot quote: %1</source>
        <translation>cannot quote: %1</translation>
    </message>
    <message>
        <source>Postage: %1, chargeable weight %2, %3 (%4–%5 days%6).</source>
        <translation>Postage: %1, chargeable weight %2, %3 (%4–%5 days%6).</translation>
    </message>
    <message>
        <source>, tracked</source>
        <translation>, tracked</translation>
    </message>
    <message>
        <source>The postage comes from a sample tariff; replace it with your carrier&apos;s prices.</source>
        <translation>The postage comes from a sample tariff; replace it with your carrier&apos;s prices.</translation>
    </message>
    <message>
        <source>No postage service chosen: postage is not included.</source>
        <translation>No postage service chosen: postage is not included.</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>not included</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>on delivery</source>
        <translation>on delivery</translation>
    </message>
    <message>
        <source>at checkout</source>
        <translation>at checkout</translation>
    </message>
    <message>
        <source>at checkout (%1)</source>
        <translation>at checkout (%1)</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <source>sample tariff</source>
        <translation>sample tariff</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>%1
Source: %2</source>
        <translation>%1
Source: %2</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Buyer pays (DDP)</source>
        <translation>Buyer pays (DDP)</translation>
    </message>
    <message>
        <source>Due on delivery (DAP)</source>
        <translation>Due on delivery (DAP)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>caravan::models::ListingTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>(untitled draft)</source>
        <translation>(untitled draft)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>caravan::models::OrderTableModel</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In dispute</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ship by %1</source>
        <translation>Ship by %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
</context>
<context>
    <name>caravan::models::OrderText</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>In dispute</translation>
    </message>
    <message>
        <source>Shipped — waiting to sync</source>
        <translation>Shipped — waiting to sync</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>the order is no longer paid</source>
        <translation>the order is no longer paid</translation>
    </message>
    <message>
        <source>carrier or tracking number not accepted</source>
        <translation>carrier or tracking number not accepted</translation>
    </message>
    <message>
        <source>The server did not accept the shipment: the order is no longer paid (the buyer may have cancelled it). Do not send the parcel.</source>
        <translation>The server did not accept the shipment: the order is no longer paid (the buyer may have cancelled it). Do not send the parcel.</translation>
    </message>
    <message>
        <source>The server did not accept the carrier or the tracking number. Check them and mark the order shipped again.</source>
        <translation>The server did not accept the carrier or the tracking number. Check them and mark the order shipped again.</translation>
    </message>
    <message>
        <source>The server refused the last change of this order: %1</source>
        <translation>The server refused the last change of this order: %1</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Order placed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>Not paid in time</source>
        <translation>Not paid in time</translation>
    </message>
    <message>
        <source>Tracking update</source>
        <translation>Tracking update</translation>
    </message>
    <message>
        <source>Held by customs</source>
        <translation>Held by customs</translation>
    </message>
    <message>
        <source>Released by customs</source>
        <translation>Released by customs</translation>
    </message>
    <message>
        <source>Delivery assumed (the delivery time passed)</source>
        <translation>Delivery assumed (the delivery time passed)</translation>
    </message>
    <message>
        <source>Receipt confirmed by the buyer</source>
        <translation>Receipt confirmed by the buyer</translation>
    </message>
    <message>
        <source>Completed, payment released</source>
        <translation>Completed, payment released</translation>
    </message>
    <message>
        <source>Cancelled by the buyer</source>
        <translation>Cancelled by the buyer</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Cancelled by you</translation>
    </message>
    <message>
        <source>Late payment refunded</source>
        <translation>Late payment refunded</translation>
    </message>
    <message>
        <source>Ship-by date missed, refunded</source>
        <translation>Ship-by date missed, refunded</translation>
    </message>
    <message>
        <source>Dispute opened</source>
        <translation>Dispute opened</translation>
    </message>
    <message>
        <source>by the buyer</source>
        <translation>by the buyer</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>by you</translation>
    </message>
    <message>
        <source>by Caravan staff</source>
        <translation>by Caravan staff</translation>
    </message>
    <message>
        <source>by the payment provider</source>
        <translation>by the payment provider</translation>
    </message>
    <message>
        <source>by the carrier</source>
        <translation>by the carrier</translation>
    </message>
    <message>
        <source>when the time ran out</source>
        <translation>when the time ran out</translation>
    </message>
    <message>
        <source>by Caravan</source>
        <translation>by Caravan</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h left</source>
        <translation>
            <numerusform>%n day %1 h left</numerusform>
            <numerusform>%n days %1 h left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>%1 h left</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>%1 min left</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s) %1 h</source>
        <translation>
            <numerusform>overdue by %n day %1 h</numerusform>
            <numerusform>overdue by %n days %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue by %1 h</source>
        <translation>overdue by %1 h</translation>
    </message>
    <message>
        <source>overdue by %1 min</source>
        <translation>overdue by %1 min</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Postal service (UPU S10 number)</source>
        <translation>Postal service (UPU S10 number)</translation>
    </message>
</context>
<context>
    <name>caravan::models::OutboxModel</name>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>caravan::models::ReportQueueModel</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Last reported</source>
        <translation>Last reported</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>caravan::models::RiskFlagModel</name>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>What the figures say</translation>
    </message>
</context>
<context>
    <name>caravan::models::SectionModel</name>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your items for sale, drafts included</source>
        <translation>Your items for sale, drafts included</translation>
    </message>
    <message>
        <source>What buyers bought and what to ship</source>
        <translation>What buyers bought and what to ship</translation>
    </message>
    <message>
        <source>Money held in escrow and paid out to you</source>
        <translation>Money held in escrow and paid out to you</translation>
    </message>
    <message>
        <source>Conversations with buyers</source>
        <translation>Conversations with buyers</translation>
    </message>
    <message>
        <source>Disputes waiting for a staff decision</source>
        <translation>Disputes waiting for a staff decision</translation>
    </message>
    <message>
        <source>Server, language, account and keyring</source>
        <translation>Server, language, account and keyring</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>caravan::models::StaffText</name>
    <message>
        <source>Counterfeit</source>
        <translation>Counterfeit</translation>
    </message>
    <message>
        <source>Prohibited item</source>
        <translation>Prohibited item</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Misleading</translation>
    </message>
    <message>
        <source>Offensive</source>
        <translation>Offensive</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Listing removed</source>
        <translation>Listing removed</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>New account, high-value orders</source>
        <translation>New account, high-value orders</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Failed payments</translation>
    </message>
    <message>
        <source>Seller ships nothing</source>
        <translation>Seller ships nothing</translation>
    </message>
    <message numerus="yes">
        <source>The account is %1 days old and placed %n order(s) of %2 or more in the last %3 days.</source>
        <translation>
            <numerusform>The account is %1 days old and placed %n order of %2 or more in the last %3 days.</numerusform>
            <numerusform>The account is %1 days old and placed %n orders of %2 or more in the last %3 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) failed in the last %1 hours.</source>
        <translation>
            <numerusform>%n payment failed in the last %1 hours.</numerusform>
            <numerusform>%n payments failed in the last %1 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sold in the last %1 days are not shipped; %2 shipped.</source>
        <translation>
            <numerusform>%n order sold in the last %1 days is not shipped; %2 shipped.</numerusform>
            <numerusform>%n orders sold in the last %1 days are not shipped; %2 shipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>caravan::models::SyncLogModel</name>
    <message numerus="yes">
        <source>Synced: %n change(s) sent or received.</source>
        <translation>
            <numerusform>Synced: %n change sent or received.</numerusform>
            <numerusform>Synced: %n changes sent or received.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused a change (%1).</source>
        <translation>The server refused a change (%1).</translation>
    </message>
    <message>
        <source>This record was changed here and on another device or the server. Open Conflicts to decide.</source>
        <translation>This record was changed here and on another device or the server. Open Conflicts to decide.</translation>
    </message>
    <message>
        <source>Sync failed; it will be retried automatically.</source>
        <translation>Sync failed; it will be retried automatically.</translation>
    </message>
    <message>
        <source>The server no longer accepts this sign-in. Sign in again to sync.</source>
        <translation>The server no longer accepts this sign-in. Sign in again to sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) uploaded.</source>
        <translation>
            <numerusform>%n photo uploaded.</numerusform>
            <numerusform>%n photos uploaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused a photo.</source>
        <translation>The server refused a photo.</translation>
    </message>
    <message>
        <source>A photo is missing on this computer and could not be uploaded.</source>
        <translation>A photo is missing on this computer and could not be uploaded.</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere while it had unsent changes here; they are kept.</source>
        <translation>This record was deleted elsewhere while it had unsent changes here; they are kept.</translation>
    </message>
    <message>
        <source>A record from the server could not be stored locally.</source>
        <translation>A record from the server could not be stored locally.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) downloaded.</source>
        <translation>
            <numerusform>%n photo downloaded.</numerusform>
            <numerusform>%n photos downloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo from the server arrived damaged or was not a JPEG; it was not stored.</source>
        <translation>A photo from the server arrived damaged or was not a JPEG; it was not stored.</translation>
    </message>
    <message>
        <source>Server request %1</source>
        <translation>Server request %1</translation>
    </message>
    <message>
        <source>%1 (server request %2)</source>
        <translation>%1 (server request %2)</translation>
    </message>
</context>
<context>
    <name>caravan::sync::AccountSession</name>
    <message>
        <source>Not signed in. Your local data is available; sign in to sync.</source>
        <translation>Not signed in. Your local data is available; sign in to sync.</translation>
    </message>
    <message>
        <source>Signed in, but the local data cannot be opened: %1</source>
        <translation>Signed in, but the local data cannot be opened: %1</translation>
    </message>
    <message>
        <source>Signed in for this session only: the sign-in could not be saved in the keyring.</source>
        <translation>Signed in for this session only: the sign-in could not be saved in the keyring.</translation>
    </message>
    <message>
        <source>Sign in to reach the server.</source>
        <translation>Sign in to reach the server.</translation>
    </message>
</context>
<context>
    <name>caravan::sync::ServerAddress</name>
    <message>
        <source>Caravan does not connect to %1 over plain http: your password and sign-in would travel unencrypted. Use https:// (plain http is allowed only for a server on this computer, such as http://127.0.0.1:8080).</source>
        <translation>Caravan does not connect to %1 over plain http: your password and sign-in would travel unencrypted. Use https:// (plain http is allowed only for a server on this computer, such as http://127.0.0.1:8080).</translation>
    </message>
    <message>
        <source>The server address is not valid. Use a web address such as https://caravan.example.</source>
        <translation>The server address is not valid. Use a web address such as https://caravan.example.</translation>
    </message>
</context>
<context>
    <name>caravan::sync::ServerTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Cannot read the CA file %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>The file %1 holds no certificate (PEM or DER).</translation>
    </message>
</context>
<context>
    <name>caravan::sync::SessionClient</name>
    <message>
        <source>A secure (TLS) connection to %1 could not be established: %2</source>
        <translation>A secure (TLS) connection to %1 could not be established: %2</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. You can keep working offline.</source>
        <translation>The server at %1 did not answer in time. You can keep working offline.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1 (%2). Check the address and your connection; you can keep working offline.</source>
        <translation>Cannot reach the server at %1 (%2). Check the address and your connection; you can keep working offline.</translation>
    </message>
    <message>
        <source>The email address or password is wrong.</source>
        <translation>The email address or password is wrong.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a little while.</source>
        <translation>Too many attempts. Try again in a little while.</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again later.</source>
        <translation>The server at %1 has a problem (HTTP %2). Try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <source>The server at %1 answered the sign-in in an unexpected way. Is this a Caravan server of a compatible version?</source>
        <translation>The server at %1 answered the sign-in in an unexpected way. Is this a Caravan server of a compatible version?</translation>
    </message>
    <message>
        <source>The server at %1 sent an account description Caravan cannot read.</source>
        <translation>The server at %1 sent an account description Caravan cannot read.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for Caravan.</source>
        <translation>Enter the 6-digit code your authenticator app shows for Caravan.</translation>
    </message>
    <message>
        <source>The code is wrong or was used already. Enter the code your authenticator app shows now.</source>
        <translation>The code is wrong or was used already. Enter the code your authenticator app shows now.</translation>
    </message>
    <message>
        <source>Staff accounts sign in with a second factor. Scan the QR code with an authenticator app (or type the secret into it), then enter the app&apos;s first code.</source>
        <translation>Staff accounts sign in with a second factor. Scan the QR code with an authenticator app (or type the secret into it), then enter the app&apos;s first code.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ArbitrationCase</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1, tracking number %2</translation>
    </message>
    <message>
        <source>Buyer paid</source>
        <translation>Buyer paid</translation>
    </message>
    <message>
        <source>%1 (item %2, postage %3, import charges %4, buyer protection fee %5)</source>
        <translation>%1 (item %2, postage %3, import charges %4, buyer protection fee %5)</translation>
    </message>
    <message>
        <source>Seller&apos;s side</source>
        <translation>Seller&apos;s side</translation>
    </message>
    <message>
        <source>item + postage %1, seller fee %2, net %3</source>
        <translation>item + postage %1, seller fee %2, net %3</translation>
    </message>
    <message>
        <source>The seller recorded no packing evidence.</source>
        <translation>The seller recorded no packing evidence.</translation>
    </message>
    <message>
        <source>Sealed %1, %2 g, seal %3</source>
        <translation>Sealed %1, %2 g, seal %3</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1, received by the server %2</source>
        <translation>Photo SHA-256 %1, received by the server %2</translation>
    </message>
    <message>
        <source>No ledger lines.</source>
        <translation>No ledger lines.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 (%2), member since %3</source>
        <translation>%1 (%2), member since %3</translation>
    </message>
    <message>
        <source>%1 orders bought, %2 sold; disputes opened as buyer %3 (%4 ended with a refund), as seller %5 (%6 ended released to them)</source>
        <translation>%1 orders bought, %2 sold; disputes opened as buyer %3 (%4 ended with a refund), as seller %5 (%6 ended released to them)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Approve decision</source>
        <translation>Approve decision</translation>
    </message>
    <message>
        <source>Reject decision…</source>
        <translation>Reject decision…</translation>
    </message>
    <message>
        <source>Take this case: the queue shows it as yours.</source>
        <translation>Take this case: the queue shows it as yours.</translation>
    </message>
    <message>
        <source>Carry out the decision another member of staff proposed.</source>
        <translation>Carry out the decision another member of staff proposed.</translation>
    </message>
    <message>
        <source>Choose a case in the queue.</source>
        <translation>Choose a case in the queue.</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>You proposed this decision: another member of staff approves it.</source>
        <translation>You proposed this decision: another member of staff approves it.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Order history</source>
        <translation>Order history</translation>
    </message>
    <message>
        <source>Packing evidence</source>
        <translation>Packing evidence</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Photos are listed by their SHA-256 and the time the server received them; their thumbnails are above, with the same hash and time (click one to enlarge it).</source>
        <translation>Photos are listed by their SHA-256 and the time the server received them; their thumbnails are above, with the same hash and time (click one to enlarge it).</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ArbitrationDecisionDialog</name>
    <message>
        <source>Give the buyer protection fee back</source>
        <translation>Give the buyer protection fee back</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>Decide: %1</translation>
    </message>
    <message>
        <source>Refund of the goods (%1):</source>
        <translation>Refund of the goods (%1):</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>less than %1</translation>
    </message>
    <message>
        <source>Why: what the evidence shows. Both parties read it.</source>
        <translation>Why: what the evidence shows. Both parties read it.</translation>
    </message>
    <message>
        <source>%1 — held: %2 paid by the buyer (item %3, postage %4, import charges %5, buyer protection fee %6).</source>
        <translation>%1 — held: %2 paid by the buyer (item %3, postage %4, import charges %5, buyer protection fee %6).</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Confirm decision</source>
        <translation>Confirm decision</translation>
    </message>
    <message>
        <source>What each side gets:</source>
        <translation>What each side gets:</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>Sending the decision…</translation>
    </message>
    <message>
        <source>The decision waits for a second approver: another member of staff must approve it before any money moves.</source>
        <translation>The decision waits for a second approver: another member of staff must approve it before any money moves.</translation>
    </message>
    <message>
        <source>Decided: the buyer sends the item back, then gets a full refund.</source>
        <translation>Decided: the buyer sends the item back, then gets a full refund.</translation>
    </message>
    <message>
        <source>Decided. %1</source>
        <translation>Decided. %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No answer from the server: %1 Confirm again to send the same decision; it is carried out once.</source>
        <translation>No answer from the server: %1 Confirm again to send the same decision; it is carried out once.</translation>
    </message>
    <message>
        <source>The decision was not made: %1</source>
        <translation>The decision was not made: %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ArbitrationView</name>
    <message>
        <source>Claimed by me</source>
        <translation>Claimed by me</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>Every open case</source>
        <translation>Every open case</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Any reason</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Held at least:</source>
        <translation>Held at least:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Reject the proposed decision</source>
        <translation>Reject the proposed decision</translation>
    </message>
    <message>
        <source>Why is it rejected? The case goes back to the queue.</source>
        <translation>Why is it rejected? The case goes back to the queue.</translation>
    </message>
    <message>
        <source>Offline: arbitration works online only. The queue and the cases come back when the server can be reached.</source>
        <translation>Offline: arbitration works online only. The queue and the cases come back when the server can be reached.</translation>
    </message>
    <message>
        <source>Offline: cases are not kept on this computer.</source>
        <translation>Offline: cases are not kept on this computer.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>The queue could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches the filters.</source>
        <translation>No case matches the filters.</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>The case could not be read: %1</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached. Arbitration works online only. %2</source>
        <translation>%1: the server cannot be reached. Arbitration works online only. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>Not claimed</translation>
    </message>
    <message>
        <source>The case is yours.</source>
        <translation>The case is yours.</translation>
    </message>
    <message>
        <source>The decision waits for a second approver.</source>
        <translation>The decision waits for a second approver.</translation>
    </message>
    <message>
        <source>Decided.</source>
        <translation>Decided.</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Approving…</translation>
    </message>
    <message>
        <source>No answer to the approval (Approve again sends the same request)</source>
        <translation>No answer to the approval (Approve again sends the same request)</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Approved: the decision is carried out.</source>
        <translation>Approved: the decision is carried out.</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Not rejected</translation>
    </message>
    <message>
        <source>Rejected: the case is back in the queue.</source>
        <translation>Rejected: the case is back in the queue.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::BulkEdit</name>
    <message>
        <source>Select the listings to edit first.</source>
        <translation>Select the listings to edit first.</translation>
    </message>
    <message>
        <source>The amount cannot be read: %1</source>
        <translation>The amount cannot be read: %1</translation>
    </message>
    <message>
        <source>No listing was changed.</source>
        <translation>No listing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>bulk edit of %n listing(s)</source>
        <translation>
            <numerusform>bulk edit of %n listing</numerusform>
            <numerusform>bulk edit of %n listings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n listing(s)</source>
        <translation>
            <numerusform>Edit %n listing</numerusform>
            <numerusform>Edit %n listings</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the price by a percentage</source>
        <translation>Change the price by a percentage</translation>
    </message>
    <message>
        <source>Change the price by an amount</source>
        <translation>Change the price by an amount</translation>
    </message>
    <message>
        <source>Set the postage services</source>
        <translation>Set the postage services</translation>
    </message>
    <message>
        <source>Set where they ship to</source>
        <translation>Set where they ship to</translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation>Set the status</translation>
    </message>
    <message>
        <source>e.g. -10 for 10 % off, 5 for 5 % more</source>
        <translation>e.g. -10 for 10 % off, 5 for 5 % more</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>e.g. -2.50</source>
        <translation>e.g. -2.50</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Every country</translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation>Only these countries</translation>
    </message>
    <message>
        <source>Every country except these</source>
        <translation>Every country except these</translation>
    </message>
    <message>
        <source>Country codes, e.g. DE, FR, IT</source>
        <translation>Country codes, e.g. DE, FR, IT</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Ships to</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Enter the country codes separated by commas.</source>
        <translation>Enter the country codes separated by commas.</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) changed. Edit › Undo reverts the whole change.</source>
        <translation>
            <numerusform>%n listing changed. Edit › Undo reverts the whole change.</numerusform>
            <numerusform>%n listings changed. Edit › Undo reverts the whole change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left unchanged:</source>
        <translation>Left unchanged:</translation>
    </message>
</context>
<context>
    <name>caravan::ui::CommandLine</name>
    <message>
        <source>Caravan seller workbench: list, ship and get paid across borders.</source>
        <translation>Caravan seller workbench: list, ship and get paid across borders.</translation>
    </message>
    <message>
        <source>Use the Caravan server at &lt;URL&gt;.</source>
        <translation>Use the Caravan server at &lt;URL&gt;.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as the account &lt;EMAIL&gt;.</source>
        <translation>Sign in as the account &lt;EMAIL&gt;.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Read the password from standard input and sign in at start (needs --email).</source>
        <translation>Read the password from standard input and sign in at start (needs --email).</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use zh_CN or en</source>
        <translation>unknown language &quot;%1&quot;; use zh_CN or en</translation>
    </message>
    <message>
        <source>--password-stdin needs --email</source>
        <translation>--password-stdin needs --email</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ConflictDialog</name>
    <message>
        <source>Keep this device&apos;s value</source>
        <translation>Keep this device&apos;s value</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Keep the server&apos;s value</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The same field was changed on this device and elsewhere. Choose what to keep for each field, or double-click “Keep” to type a merged value. Nothing is discarded until you resolve.</source>
        <translation>The same field was changed on this device and elsewhere. Choose what to keep for each field, or double-click “Keep” to type a merged value. Nothing is discarded until you resolve.</translation>
    </message>
    <message>
        <source>Choose a value for every field first.</source>
        <translation>Choose a value for every field first.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::CsvImportDialog</name>
    <message>
        <source>Import listings from %1</source>
        <translation>Import listings from %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Skip bad rows and import the others</source>
        <translation>Skip bad rows and import the others</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s) checked, no problems found.</source>
        <translation>
            <numerusform>%n listing checked, no problems found.</numerusform>
            <numerusform>%n listings checked, no problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows have problems. Nothing is imported from a file with problems unless you choose to skip the bad rows.</source>
        <translation>%1 of %2 rows have problems. Nothing is imported from a file with problems unless you choose to skip the bad rows.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s)</source>
        <translation>
            <numerusform>Import %n good row</numerusform>
            <numerusform>Import %n good rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ui::CustomsDeclarationDialog</name>
    <message>
        <source>Customs declaration (CN 22 / CN 23)</source>
        <translation>Customs declaration (CN 22 / CN 23)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Sale of goods</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Returned goods</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>Commercial sample</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Category of item:</source>
        <translation>Category of item:</translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;</source>
        <translation>Required for &quot;Other&quot;</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Net weight (g)</source>
        <translation>Net weight (g)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Gross weight (g):</source>
        <translation>Gross weight (g):</translation>
    </message>
    <message>
        <source>sum of net weights</source>
        <translation>sum of net weights</translation>
    </message>
    <message>
        <source>Sent as a parcel</source>
        <translation>Sent as a parcel</translation>
    </message>
    <message>
        <source>Use a CN 23 whatever the value</source>
        <translation>Use a CN 23 whatever the value</translation>
    </message>
    <message>
        <source>A6 label</source>
        <translation>A6 label</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4 page</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>e.g. DE</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>line %1: value: %2</source>
        <translation>line %1: value: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>the sender&apos;s name is missing</source>
        <translation>the sender&apos;s name is missing</translation>
    </message>
    <message>
        <source>the sender&apos;s street and city are required</source>
        <translation>the sender&apos;s street and city are required</translation>
    </message>
    <message>
        <source>the sender&apos;s country must be a two-letter code such as JP</source>
        <translation>the sender&apos;s country must be a two-letter code such as JP</translation>
    </message>
    <message>
        <source>the addressee&apos;s name is missing</source>
        <translation>the addressee&apos;s name is missing</translation>
    </message>
    <message>
        <source>the addressee&apos;s street and city are required</source>
        <translation>the addressee&apos;s street and city are required</translation>
    </message>
    <message>
        <source>the addressee&apos;s country must be a two-letter code such as DE</source>
        <translation>the addressee&apos;s country must be a two-letter code such as DE</translation>
    </message>
    <message>
        <source>sender and addressee are in the same country: no customs declaration is needed</source>
        <translation>sender and addressee are in the same country: no customs declaration is needed</translation>
    </message>
    <message>
        <source>list the contents</source>
        <translation>list the contents</translation>
    </message>
    <message>
        <source>%1: describe the item</source>
        <translation>%1: describe the item</translation>
    </message>
    <message>
        <source>%1: the description is too general; say what the item is (e.g. &quot;wool sweater&quot;)</source>
        <translation>%1: the description is too general; say what the item is (e.g. &quot;wool sweater&quot;)</translation>
    </message>
    <message>
        <source>%1: the quantity must be at least 1</source>
        <translation>%1: the quantity must be at least 1</translation>
    </message>
    <message>
        <source>%1: the value must be more than zero</source>
        <translation>%1: the value must be more than zero</translation>
    </message>
    <message>
        <source>all values must be in one currency</source>
        <translation>all values must be in one currency</translation>
    </message>
    <message>
        <source>%1: the net weight must be more than 0 g</source>
        <translation>%1: the net weight must be more than 0 g</translation>
    </message>
    <message>
        <source>%1: goods for sale need an HS tariff number (6 digits or more)</source>
        <translation>%1: goods for sale need an HS tariff number (6 digits or more)</translation>
    </message>
    <message>
        <source>%1: the HS tariff number needs at least 6 digits</source>
        <translation>%1: the HS tariff number needs at least 6 digits</translation>
    </message>
    <message>
        <source>%1: goods for sale need their country of origin</source>
        <translation>%1: goods for sale need their country of origin</translation>
    </message>
    <message>
        <source>%1: the country of origin must be a two-letter code</source>
        <translation>%1: the country of origin must be a two-letter code</translation>
    </message>
    <message>
        <source>explain the contents when the category is &quot;Other&quot;</source>
        <translation>explain the contents when the category is &quot;Other&quot;</translation>
    </message>
    <message>
        <source>the gross weight is less than the net weights</source>
        <translation>the gross weight is less than the net weights</translation>
    </message>
    <message>
        <source>no exchange rate into SDR: CN 23 is used, which is valid at any value</source>
        <translation>no exchange rate into SDR: CN 23 is used, which is valid at any value</translation>
    </message>
    <message>
        <source>Form %1: total %2 ≈ %3 SDR (limit for a CN 22: SDR 300).</source>
        <translation>Form %1: total %2 ≈ %3 SDR (limit for a CN 22: SDR 300).</translation>
    </message>
    <message>
        <source>Form %1.</source>
        <translation>Form %1.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>To fix: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The declaration is not complete:
%1</source>
        <translation>The declaration is not complete:
%1</translation>
    </message>
    <message>
        <source>Save customs declaration</source>
        <translation>Save customs declaration</translation>
    </message>
    <message>
        <source>customs-declaration.pdf</source>
        <translation>customs-declaration.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Customs declaration</source>
        <translation>Customs declaration</translation>
    </message>
</context>
<context>
    <name>caravan::ui::DisputeAnswerDialog</name>
    <message>
        <source>Answer the buyer</source>
        <translation>Answer the buyer</translation>
    </message>
    <message>
        <source>The buyer says: %1. Explain what you sent, and offer a way out if you want to. Without an answer within the deadline the case goes to Caravan staff.</source>
        <translation>The buyer says: %1. Explain what you sent, and offer a way out if you want to. Without an answer within the deadline the case goes to Caravan staff.</translation>
    </message>
    <message>
        <source>Your answer to the buyer</source>
        <translation>Your answer to the buyer</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>No offer</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Partial refund</translation>
    </message>
    <message>
        <source>Return the item for a full refund</source>
        <translation>Return the item for a full refund</translation>
    </message>
    <message>
        <source>Refund (%1):</source>
        <translation>Refund (%1):</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>less than %1</translation>
    </message>
    <message>
        <source>e.g. JP</source>
        <translation>e.g. JP</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postal code:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Offer:</translation>
    </message>
    <message>
        <source>Return address:</source>
        <translation>Return address:</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <source>Write your answer to the buyer.</source>
        <translation>Write your answer to the buyer.</translation>
    </message>
    <message>
        <source>A partial refund is more than 0 and less than item + postage (%1).</source>
        <translation>A partial refund is more than 0 and less than item + postage (%1).</translation>
    </message>
    <message>
        <source>Give the return address: name, street, city and the two-letter country code.</source>
        <translation>Give the return address: name, street, city and the two-letter country code.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::DisputeHtml</name>
    <message>
        <source>%1: refund of the goods %2</source>
        <translation>%1: refund of the goods %2</translation>
    </message>
    <message>
        <source>%1, buyer protection fee given back</source>
        <translation>%1, buyer protection fee given back</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Seller&apos;s offer</source>
        <translation>Seller&apos;s offer</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>No events yet.</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1, tracking number %2</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1, received by the server %2</source>
        <translation>Photo SHA-256 %1, received by the server %2</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>No history.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::EditorForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(choose a country)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What it is, brand, model, size: e.g. Vintage Seiko 5 automatic watch</source>
        <translation>What it is, brand, model, size: e.g. Vintage Seiko 5 automatic watch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>(choose a category)</source>
        <translation>(choose a category)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>(choose the condition)</source>
        <translation>(choose the condition)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Describe the item honestly: flaws, wear, what is included.</source>
        <translation>Describe the item honestly: flaws, wear, what is included.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Item specifics</source>
        <translation>Item specifics</translation>
    </message>
    <message>
        <source>Price and quantity</source>
        <translation>Price and quantity</translation>
    </message>
    <message>
        <source>e.g. 85.00</source>
        <translation>e.g. 85.00</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Buyers may make offers</source>
        <translation>Buyers may make offers</translation>
    </message>
    <message>
        <source>Shipping and customs</source>
        <translation>Shipping and customs</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Ships from</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Handling time</translation>
    </message>
    <message>
        <source>Every country</source>
        <translation>Every country</translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation>Only these countries</translation>
    </message>
    <message>
        <source>Every country except these</source>
        <translation>Every country except these</translation>
    </message>
    <message>
        <source>Country codes, e.g. DE, FR, IT</source>
        <translation>Country codes, e.g. DE, FR, IT</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Ships to</translation>
    </message>
    <message>
        <source>Postage services</source>
        <translation>Postage services</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Packed weight</source>
        <translation>Packed weight</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Packed size (L × W × H)</source>
        <translation>Packed size (L × W × H)</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Country of origin</translation>
    </message>
    <message>
        <source>HS code, e.g. 9102.21, or search by keyword</source>
        <translation>HS code, e.g. 9102.21, or search by keyword</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS code</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start at a set time</source>
        <translation>Start at a set time</translation>
    </message>
    <message>
        <source>Scheduled start</source>
        <translation>Scheduled start</translation>
    </message>
    <message>
        <source>Choose a category to get a suggested HS code.</source>
        <translation>Choose a category to get a suggested HS code.</translation>
    </message>
    <message>
        <source>Suggested for this category: %1 — %2</source>
        <translation>Suggested for this category: %1 — %2</translation>
    </message>
    <message>
        <source>This category has no item specifics.</source>
        <translation>This category has no item specifics.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>caravan::ui::IdentityReview</name>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3, account country %4</source>
        <translation>%1 &lt;%2&gt;, %3, account country %4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Reason given</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3</source>
        <translation>%1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuse…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Write the document to a file you choose. Nothing is saved unless you do.</source>
        <translation>Write the document to a file you choose. Nothing is saved unless you do.</translation>
    </message>
    <message>
        <source>Choose an identity in the queue.</source>
        <translation>Choose an identity in the queue.</translation>
    </message>
    <message>
        <source>Offline: payout identities are not kept on this computer.</source>
        <translation>Offline: payout identities are not kept on this computer.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The payout identities could not be read</source>
        <translation>The payout identities could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity waits here.</source>
        <translation>No identity waits here.</translation>
    </message>
    <message>
        <source>The identity could not be read</source>
        <translation>The identity could not be read</translation>
    </message>
    <message>
        <source>No identity chosen</source>
        <translation>No identity chosen</translation>
    </message>
    <message>
        <source>The document was deleted on %1 (the retention period after the decision).</source>
        <translation>The document was deleted on %1 (the retention period after the decision).</translation>
    </message>
    <message>
        <source>The server keeps no document for this identity.</source>
        <translation>The server keeps no document for this identity.</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Loading the document…</translation>
    </message>
    <message>
        <source>The document could not be read</source>
        <translation>The document could not be read</translation>
    </message>
    <message>
        <source>PDF document, %1. This app cannot show PDF files: save a copy to open it elsewhere, and delete the copy afterwards.</source>
        <translation>PDF document, %1. This app cannot show PDF files: save a copy to open it elsewhere, and delete the copy afterwards.</translation>
    </message>
    <message>
        <source>The document (%1, %2) cannot be shown.</source>
        <translation>The document (%1, %2) cannot be shown.</translation>
    </message>
    <message>
        <source>%1 × %2 px, %3</source>
        <translation>%1 × %2 px, %3</translation>
    </message>
    <message>
        <source>The copy could not be saved to %1: %2</source>
        <translation>The copy could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>A copy of the document is saved to %1.</source>
        <translation>A copy of the document is saved to %1.</translation>
    </message>
    <message>
        <source>Save a copy of the identity document</source>
        <translation>Save a copy of the identity document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Offline: decisions need the server.</source>
        <translation>Offline: decisions need the server.</translation>
    </message>
    <message>
        <source>Choose an identity to decide on it.</source>
        <translation>Choose an identity to decide on it.</translation>
    </message>
    <message>
        <source>Already decided: %1.</source>
        <translation>Already decided: %1.</translation>
    </message>
    <message>
        <source>Refuse the payout identity</source>
        <translation>Refuse the payout identity</translation>
    </message>
    <message>
        <source>Refuse this payout identity? The seller reads your reason and may send it again.</source>
        <translation>Refuse this payout identity? The seller reads your reason and may send it again.</translation>
    </message>
    <message>
        <source>The reason, for the seller: what does not match</source>
        <translation>The reason, for the seller: what does not match</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Write the reason: an identity is refused only with one.</source>
        <translation>Write the reason: an identity is refused only with one.</translation>
    </message>
    <message>
        <source>Approve the payout identity</source>
        <translation>Approve the payout identity</translation>
    </message>
    <message>
        <source>Approve this payout identity? Payouts to %1 can start.</source>
        <translation>Approve this payout identity? Payouts to %1 can start.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Not refused</source>
        <translation>Not refused</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <source>Refused: the seller reads your reason.</source>
        <translation>Refused: the seller reads your reason.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::LandedCostDestinationsDialog</name>
    <message>
        <source>Destinations to quote</source>
        <translation>Destinations to quote</translation>
    </message>
    <message>
        <source>Show the landed cost for buyers in:</source>
        <translation>Show the landed cost for buyers in:</translation>
    </message>
    <message>
        <source>Most common ten</source>
        <translation>Most common ten</translation>
    </message>
</context>
<context>
    <name>caravan::ui::LandedCostPanel</name>
    <message>
        <source>&lt;b&gt;What buyers abroad pay&lt;/b&gt;</source>
        <translation>&lt;b&gt;What buyers abroad pay&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Postage:</source>
        <translation>Postage:</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Not included</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinations…</translation>
    </message>
    <message>
        <source>Customs declaration…</source>
        <translation>Customs declaration…</translation>
    </message>
    <message>
        <source>Select a destination to read how its figures were computed.</source>
        <translation>Select a destination to read how its figures were computed.</translation>
    </message>
    <message>
        <source>Cannot quote: %1</source>
        <translation>Cannot quote: %1</translation>
    </message>
    <message>
        <source>Customs value %1 · duty %2 · %3 %4 · fees %5 · buyer pays %6 (DDP)</source>
        <translation>Customs value %1 · duty %2 · %3 %4 · fees %5 · buyer pays %6 (DDP)</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>tax</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Exchange rates: ECB euro reference rates, newest published %1 (shipped with the app; no network).</source>
        <translation>Exchange rates: ECB euro reference rates, newest published %1 (shipped with the app; no network).</translation>
    </message>
    <message>
        <source>No exchange rates are installed: only destinations in the item&apos;s currency can be quoted.</source>
        <translation>No exchange rates are installed: only destinations in the item&apos;s currency can be quoted.</translation>
    </message>
    <message>
        <source>Computed in %1 ms.</source>
        <translation>Computed in %1 ms.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ListingEditor</name>
    <message>
        <source>edit %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Relist</source>
        <translation>Relist</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Apply template…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Record packing evidence…</source>
        <translation>Record packing evidence…</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red</source>
        <translation>Not saved: fix the fields marked in red</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>New listing</translation>
    </message>
    <message>
        <source>This listing cannot be %1 now.</source>
        <translation>This listing cannot be %1 now.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be %1 yet: %n field(s) to fix.</source>
        <translation>
            <numerusform>Cannot be %1 yet: %n field to fix.</numerusform>
            <numerusform>Cannot be %1 yet: %n fields to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>Choose a start time under Start first.</source>
        <translation>Choose a start time under Start first.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>relisted</source>
        <translation>relisted</translation>
    </message>
    <message>
        <source>This is a copy; edit it and publish when ready.</source>
        <translation>This is a copy; edit it and publish when ready.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>There are no templates yet. Fill in a listing and use “Save as template…”.</source>
        <translation>There are no templates yet. Fill in a listing and use “Save as template…”.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ListingsView</name>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>New listing</translation>
    </message>
    <message>
        <source>Bulk edit…</source>
        <translation>Bulk edit…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Search titles, descriptions and brands</source>
        <translation>Search titles, descriptions and brands</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>← All listings</source>
        <translation>← All listings</translation>
    </message>
    <message>
        <source>&amp;New listing</source>
        <translation>&amp;New listing</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Bulk edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Undo bulk edit</source>
        <translation>Undo bulk edit</translation>
    </message>
    <message>
        <source>Redo bulk edit</source>
        <translation>Redo bulk edit</translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete listings</source>
        <translation>Delete listings</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n listing(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n listing? This cannot be undone.</numerusform>
            <numerusform>Delete %n listings? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>Select the listings to edit first.</source>
        <translation>Select the listings to edit first.</translation>
    </message>
    <message>
        <source>Import listings</source>
        <translation>Import listings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export listings</source>
        <translation>Export listings</translation>
    </message>
</context>
<context>
    <name>caravan::ui::MainWindow</name>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Caravan — seller workbench</source>
        <translation>Caravan — seller workbench</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Caravan</source>
        <translation>&amp;About Caravan</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in to sync your listings and see your orders.</source>
        <translation>You are not signed in. Sign in to sync your listings and see your orders.</translation>
    </message>
    <message>
        <source>About Caravan</source>
        <translation>About Caravan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;The seller&apos;s workbench for cross-border sales between private people: list, ship and get paid through escrow.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Caravan %1&lt;/h3&gt;&lt;p&gt;The seller&apos;s workbench for cross-border sales between private people: list, ship and get paid through escrow.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), not signed in</source>
        <translation>%1 (%2), not signed in</translation>
    </message>
    <message>
        <source>Sync &amp;log</source>
        <translation>Sync &amp;log</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Listings</source>
        <translation>&amp;Listings</translation>
    </message>
    <message>
        <source>Sign in once to work on your listings. They are kept on this computer, so you can draft and edit them offline afterwards.</source>
        <translation>Sign in once to work on your listings. They are kept on this computer, so you can draft and edit them offline afterwards.</translation>
    </message>
    <message>
        <source>Sign in once to see the orders buyers placed. They are kept on this computer, so you can look them up and mark them shipped offline afterwards.</source>
        <translation>Sign in once to see the orders buyers placed. They are kept on this computer, so you can look them up and mark them shipped offline afterwards.</translation>
    </message>
    <message numerus="yes">
        <source>New paid order(s) to ship: %1</source>
        <translation>
            <numerusform>New paid order to ship: %1</numerusform>
            <numerusform>New paid orders to ship: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in once to see the money buyers paid you: what escrow holds, what is available and your payouts. The last figures stay on this computer for when you are offline.</source>
        <translation>Sign in once to see the money buyers paid you: what escrow holds, what is available and your payouts. The last figures stay on this computer for when you are offline.</translation>
    </message>
    <message>
        <source>Sign in once to read and answer your buyers&apos; messages. They are kept on this computer, and your answers are sent with the next sync.</source>
        <translation>Sign in once to read and answer your buyers&apos; messages. They are kept on this computer, and your answers are sent with the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>New message(s) from %1</source>
        <translation>
            <numerusform>New message from %1</numerusform>
            <numerusform>New messages from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Arbitration works online only: sign in with your staff account and its second factor to see the dispute queue.</source>
        <translation>Arbitration works online only: sign in with your staff account and its second factor to see the dispute queue.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::MessagesView</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Messages of the conversation</source>
        <translation>Messages of the conversation</translation>
    </message>
    <message>
        <source>Write an answer (Ctrl+Enter sends it; it goes out with the next sync)</source>
        <translation>Write an answer (Ctrl+Enter sends it; it goes out with the next sync)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Send the answer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n unread)</source>
        <translation>
            <numerusform>(%n unread)</numerusform>
            <numerusform>(%n unread)</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages yet. Questions from buyers and messages about orders appear here after a sync.</source>
        <translation>No messages yet. Questions from buyers and messages about orders appear here after a sync.</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Choose a conversation.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::OrderDetail</name>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Import charges paid at checkout</source>
        <translation>Import charges paid at checkout</translation>
    </message>
    <message>
        <source>Buyer protection fee</source>
        <translation>Buyer protection fee</translation>
    </message>
    <message>
        <source>Total paid by the buyer</source>
        <translation>Total paid by the buyer</translation>
    </message>
    <message>
        <source>Your seller fee</source>
        <translation>Your seller fee</translation>
    </message>
    <message>
        <source>Paid out to you</source>
        <translation>Paid out to you</translation>
    </message>
    <message>
        <source>Locked exchange rate: 1 %1 = %2 %3, of %4</source>
        <translation>Locked exchange rate: 1 %1 = %2 %3, of %4</translation>
    </message>
    <message>
        <source>Locked exchange rate: 1 %1 = %2 %3, of %4 (%5)</source>
        <translation>Locked exchange rate: 1 %1 = %2 %3, of %4 (%5)</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Ship by</translation>
    </message>
    <message>
        <source>Delivery due</source>
        <translation>Delivery due</translation>
    </message>
    <message>
        <source>Payment released to you</source>
        <translation>Payment released to you</translation>
    </message>
    <message>
        <source>Clock paused since</source>
        <translation>Clock paused since</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Marked shipped on this computer, waiting to sync: %1, %2</source>
        <translation>Marked shipped on this computer, waiting to sync: %1, %2</translation>
    </message>
    <message>
        <source>%1, tracking number %2</source>
        <translation>%1, tracking number %2</translation>
    </message>
    <message>
        <source>Not shipped yet.</source>
        <translation>Not shipped yet.</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>No history yet.</translation>
    </message>
    <message>
        <source>Mark shipped…</source>
        <translation>Mark shipped…</translation>
    </message>
    <message>
        <source>Print packing slip…</source>
        <translation>Print packing slip…</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>No order chosen</translation>
    </message>
    <message>
        <source>Choose an order in the list to see its buyer, address, amounts and history.</source>
        <translation>Choose an order in the list to see its buyer, address, amounts and history.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Buyer and address</source>
        <translation>Buyer and address</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Postage service</source>
        <translation>Postage service</translation>
    </message>
    <message>
        <source>Handling time</source>
        <translation>Handling time</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery time</source>
        <translation>Delivery time</translation>
    </message>
    <message>
        <source>%1–%2 days after shipping</source>
        <translation>%1–%2 days after shipping</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>Import charges the carrier collects from the buyer at the door: %1 (not charged by Caravan).</source>
        <translation>Import charges the carrier collects from the buyer at the door: %1 (not charged by Caravan).</translation>
    </message>
    <message>
        <source>Dates and deadlines</source>
        <translation>Dates and deadlines</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Customs form…</source>
        <translation>Customs form…</translation>
    </message>
    <message>
        <source>Record packing evidence…</source>
        <translation>Record packing evidence…</translation>
    </message>
    <message>
        <source>The CN 22 or CN 23 customs declaration for this order, as a PDF</source>
        <translation>The CN 22 or CN 23 customs declaration for this order, as a PDF</translation>
    </message>
    <message>
        <source>Photos and the measured weight of the packed parcel, sealed by Caravan once they arrive: they back you up if the buyer disputes what was sent.</source>
        <translation>Photos and the measured weight of the packed parcel, sealed by Caravan once they arrive: they back you up if the buyer disputes what was sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s), %1 g, %2 × %3 × %4 mm, recorded %5</source>
        <translation>
            <numerusform>%n photo, %1 g, %2 × %3 × %4 mm, recorded %5</numerusform>
            <numerusform>%n photos, %1 g, %2 × %3 × %4 mm, recorded %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sealed by Caravan %2 (seal %3)</source>
        <translation>%1 — sealed by Caravan %2 (seal %3)</translation>
    </message>
    <message>
        <source>%1 — waiting to upload with the next sync</source>
        <translation>%1 — waiting to upload with the next sync</translation>
    </message>
    <message>
        <source>%1 — refused by the server: %2</source>
        <translation>%1 — refused by the server: %2</translation>
    </message>
    <message>
        <source>%1 — kept on this computer only</source>
        <translation>%1 — kept on this computer only</translation>
    </message>
    <message>
        <source>Packing evidence</source>
        <translation>Packing evidence</translation>
    </message>
    <message>
        <source>None recorded. Photograph and weigh the packed parcel before you send it.</source>
        <translation>None recorded. Photograph and weigh the packed parcel before you send it.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::OrderDisputePanel</name>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Ask Caravan to decide…</source>
        <translation>Ask Caravan to decide…</translation>
    </message>
    <message>
        <source>Returned item received</source>
        <translation>Returned item received</translation>
    </message>
    <message>
        <source>Send the case to Caravan staff, who decide with both sides&apos; evidence.</source>
        <translation>Send the case to Caravan staff, who decide with both sides&apos; evidence.</translation>
    </message>
    <message>
        <source>The item came back: the buyer is refunded in full.</source>
        <translation>The item came back: the buyer is refunded in full.</translation>
    </message>
    <message>
        <source>Ask Caravan to decide</source>
        <translation>Ask Caravan to decide</translation>
    </message>
    <message>
        <source>What should staff know? (optional)</source>
        <translation>What should staff know? (optional)</translation>
    </message>
    <message>
        <source>Confirm that the item is back with you? The buyer is refunded in full.</source>
        <translation>Confirm that the item is back with you? The buyer is refunded in full.</translation>
    </message>
    <message>
        <source>Asking the server for the dispute…</source>
        <translation>Asking the server for the dispute…</translation>
    </message>
    <message>
        <source>The dispute could not be read</source>
        <translation>The dispute could not be read</translation>
    </message>
    <message>
        <source>The server has no dispute on this order.</source>
        <translation>The server has no dispute on this order.</translation>
    </message>
    <message>
        <source>In dispute: %1</source>
        <translation>In dispute: %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Answer again…</source>
        <translation>Answer again…</translation>
    </message>
    <message>
        <source>%1: disputes are answered online only. %2</source>
        <translation>%1: disputes are answered online only. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not sent to staff</source>
        <translation>Not sent to staff</translation>
    </message>
    <message>
        <source>No answer yet (confirming again sends the same request)</source>
        <translation>No answer yet (confirming again sends the same request)</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
</context>
<context>
    <name>caravan::ui::OrdersView</name>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>No orders yet. When a buyer orders one of your listings, the order appears here after the next sync.</source>
        <translation>No orders yet. When a buyer orders one of your listings, the order appears here after the next sync.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Save packing slip</source>
        <translation>Save packing slip</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Packing slip</translation>
    </message>
    <message>
        <source>The packing slip was not saved: %1</source>
        <translation>The packing slip was not saved: %1</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>There is no order %1.</translation>
    </message>
    <message>
        <source>Customs declaration for order %1</source>
        <translation>Customs declaration for order %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PackingEvidenceDialog</name>
    <message>
        <source>Record packing evidence</source>
        <translation>Record packing evidence</translation>
    </message>
    <message>
        <source>Photograph the packed parcel and weigh it. The record is timestamped and sealed with a hash, so it can back you up if a buyer disputes what was sent.</source>
        <translation>Photograph the packed parcel and weigh it. The record is timestamped and sealed with a hash, so it can back you up if a buyer disputes what was sent.</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>Measured weight</source>
        <translation>Measured weight</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Measured size (L × W × H)</source>
        <translation>Measured size (L × W × H)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Photos of the packed parcel</source>
        <translation>Photos of the packed parcel</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded %1, seal %2.</source>
        <translation>Recorded %1, seal %2.</translation>
    </message>
    <message>
        <source>Photograph the packed parcel and weigh it. The record and its photos go to Caravan with the next sync; from then on nobody, you included, can change or delete them, and they back you up if the buyer disputes what was sent.</source>
        <translation>Photograph the packed parcel and weigh it. The record and its photos go to Caravan with the next sync; from then on nobody, you included, can change or delete them, and they back you up if the buyer disputes what was sent.</translation>
    </message>
    <message>
        <source>Recorded %1, seal %2. It is sent with the next sync.</source>
        <translation>Recorded %1, seal %2. It is sent with the next sync.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PackingSlipWriter</name>
    <message>
        <source>Packing slip %1</source>
        <translation>Packing slip %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>PACKING SLIP</source>
        <translation>PACKING SLIP</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Placed %1</translation>
    </message>
    <message>
        <source>SHIP TO</source>
        <translation>SHIP TO</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Listing %1</translation>
    </message>
    <message>
        <source>Carrier: %1   Tracking number: %2</source>
        <translation>Carrier: %1   Tracking number: %2</translation>
    </message>
    <message>
        <source>Thank you for your order. Paid through Caravan escrow: the payment is released to the seller once the parcel has arrived.</source>
        <translation>Thank you for your order. Paid through Caravan escrow: the payment is released to the seller once the parcel has arrived.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PayoutChart</name>
    <message>
        <source>Released to you</source>
        <translation>Released to you</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Released and paid out (%1)</source>
        <translation>Released and paid out (%1)</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PayoutIdentityDialog</name>
    <message>
        <source>Verify your payout identity</source>
        <translation>Verify your payout identity</translation>
    </message>
    <message>
        <source>Before Caravan pays out your money, staff check who you are, as payment services require. Enter your details as they appear on an official identity document (passport, identity card or driving licence) and add a photo or scan of it.</source>
        <translation>Before Caravan pays out your money, staff check who you are, as payment services require. Enter your details as they appear on an official identity document (passport, identity card or driving licence) and add a photo or scan of it.</translation>
    </message>
    <message>
        <source>Two letters, such as JP or DE.</source>
        <translation>Two letters, such as JP or DE.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation>No document chosen</translation>
    </message>
    <message>
        <source>Choose document…</source>
        <translation>Choose document…</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Identity document</translation>
    </message>
    <message numerus="yes">
        <source>JPEG, PNG or PDF, at most %1. Caravan sends the document to the server only over an encrypted connection (https), or to a server on this computer, and keeps no copy of it here. The server keeps it encrypted and deletes it %n day(s) after staff have decided.</source>
        <translation>
            <numerusform>JPEG, PNG or PDF, at most %1. Caravan sends the document to the server only over an encrypted connection (https), or to a server on this computer, and keeps no copy of it here. The server keeps it encrypted and deletes it %n day after staff have decided.</numerusform>
            <numerusform>JPEG, PNG or PDF, at most %1. Caravan sends the document to the server only over an encrypted connection (https), or to a server on this computer, and keeps no copy of it here. The server keeps it encrypted and deletes it %n days after staff have decided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose your identity document</source>
        <translation>Choose your identity document</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PayoutsView</name>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>In escrow</source>
        <translation>In escrow</translation>
    </message>
    <message>
        <source>Of which releasing</source>
        <translation>Of which releasing</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Refunded to buyers</source>
        <translation>Refunded to buyers</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Request payout</source>
        <translation>Request payout</translation>
    </message>
    <message>
        <source>Held in escrow</source>
        <translation>Held in escrow</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hold ends</source>
        <translation>Hold ends</translation>
    </message>
    <message>
        <source>Payout history</source>
        <translation>Payout history</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Not up to date: %1 Shown as of %2.</source>
        <translation>Not up to date: %1 Shown as of %2.</translation>
    </message>
    <message>
        <source>Asking for a payout in %1…</source>
        <translation>Asking for a payout in %1…</translation>
    </message>
    <message>
        <source>The payout was refused: %1</source>
        <translation>The payout was refused: %1</translation>
    </message>
    <message>
        <source>Payout of %1 made; the transfer follows.</source>
        <translation>Payout of %1 made; the transfer follows.</translation>
    </message>
    <message>
        <source>Choose a currency in the balance.</source>
        <translation>Choose a currency in the balance.</translation>
    </message>
    <message>
        <source>Nothing is available in %1 yet.</source>
        <translation>Nothing is available in %1 yet.</translation>
    </message>
    <message>
        <source>There is no exchange rate for %1 today, so its minimum is unknown.</source>
        <translation>There is no exchange rate for %1 today, so its minimum is unknown.</translation>
    </message>
    <message>
        <source>The smallest payout is %1.</source>
        <translation>The smallest payout is %1.</translation>
    </message>
    <message>
        <source>Pays out %1.</source>
        <translation>Pays out %1.</translation>
    </message>
    <message>
        <source>Balances and payouts appear here once the server has been reached.</source>
        <translation>Balances and payouts appear here once the server has been reached.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>As of %1.</translation>
    </message>
    <message>
        <source>Until the buyer has it; ship by %1</source>
        <translation>Until the buyer has it; ship by %1</translation>
    </message>
    <message>
        <source>Until the buyer has it</source>
        <translation>Until the buyer has it</translation>
    </message>
    <message>
        <source>Until delivery (assumed by %1), then the buyer&apos;s inspection days</source>
        <translation>Until delivery (assumed by %1), then the buyer&apos;s inspection days</translation>
    </message>
    <message>
        <source>Until delivery, then the buyer&apos;s inspection days</source>
        <translation>Until delivery, then the buyer&apos;s inspection days</translation>
    </message>
    <message>
        <source>Released on %1 unless the buyer reports a problem</source>
        <translation>Released on %1 unless the buyer reports a problem</translation>
    </message>
    <message>
        <source>Released after the buyer&apos;s inspection days</source>
        <translation>Released after the buyer&apos;s inspection days</translation>
    </message>
    <message>
        <source>Held while the dispute is open</source>
        <translation>Held while the dispute is open</translation>
    </message>
    <message>
        <source>Your payout identity is verified. Available money is paid out automatically when it reaches the minimum, or now with Request payout.</source>
        <translation>Your payout identity is verified. Available money is paid out automatically when it reaches the minimum, or now with Request payout.</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity is being checked by Caravan staff.</source>
        <translation>Payouts wait: your payout identity is being checked by Caravan staff.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Failed; the amount is available again</source>
        <translation>Failed; the amount is available again</translation>
    </message>
    <message>
        <source>Export ledger (CSV)…</source>
        <translation>Export ledger (CSV)…</translation>
    </message>
    <message>
        <source>Every amount released to you, each fee and each payout, with the running balance: the lines add up to your payouts and what is available.</source>
        <translation>Every amount released to you, each fee and each payout, with the running balance: the lines add up to your payouts and what is available.</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Ledger saved to %1.</source>
        <translation>Ledger saved to %1.</translation>
    </message>
    <message>
        <source>The ledger was not saved: %1</source>
        <translation>The ledger was not saved: %1</translation>
    </message>
    <message>
        <source>There is no server to ask.</source>
        <translation>There is no server to ask.</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Verify identity…</translation>
    </message>
    <message>
        <source>Choose a payout to see the sales it paid out.</source>
        <translation>Choose a payout to see the sales it paid out.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Payouts are made without an identity check on this server.</source>
        <translation>Payouts are made without an identity check on this server.</translation>
    </message>
    <message>
        <source>Send identity again…</source>
        <translation>Send identity again…</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity was refused. Correct it and send it again.</source>
        <translation>Payouts wait: your payout identity was refused. Correct it and send it again.</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity was refused: %1 Correct it and send it again.</source>
        <translation>Payouts wait: your payout identity was refused: %1 Correct it and send it again.</translation>
    </message>
    <message>
        <source>Payouts wait: your payout identity is not submitted yet. Money you earn is kept for you until staff have verified it; send it with Verify identity.</source>
        <translation>Payouts wait: your payout identity is not submitted yet. Money you earn is kept for you until staff have verified it; send it with Verify identity.</translation>
    </message>
    <message>
        <source>The identity form needs the server: %1</source>
        <translation>The identity form needs the server: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Your identity was sent; staff will review it.</source>
        <translation>Your identity was sent; staff will review it.</translation>
    </message>
    <message>
        <source>The sales a payout paid out are shown when the server can be reached.</source>
        <translation>The sales a payout paid out are shown when the server can be reached.</translation>
    </message>
    <message>
        <source>The sales a payout paid out are shown when the server can be reached: %1</source>
        <translation>The sales a payout paid out are shown when the server can be reached: %1</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>Released to you</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message numerus="yes">
        <source>Paid out by this payout: %n line(s), %1.</source>
        <translation>
            <numerusform>Paid out by this payout: %n line, %1.</numerusform>
            <numerusform>Paid out by this payout: %n lines, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caravan::ui::PdfDeclarationWriter</name>
    <message>
        <source>Customs declaration CN 23</source>
        <translation>Customs declaration CN 23</translation>
    </message>
    <message>
        <source>Customs declaration CN 22</source>
        <translation>Customs declaration CN 22</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>CUSTOMS DECLARATION</source>
        <translation>CUSTOMS DECLARATION</translation>
    </message>
    <message>
        <source>DÉCLARATION EN DOUANE</source>
        <translation>DÉCLARATION EN DOUANE</translation>
    </message>
    <message>
        <source>May be opened officially / Peut être ouvert d&apos;office</source>
        <translation>May be opened officially / Peut être ouvert d&apos;office</translation>
    </message>
    <message>
        <source>From / De (sender)</source>
        <translation>From / De (sender)</translation>
    </message>
    <message>
        <source>To / À (addressee)</source>
        <translation>To / À (addressee)</translation>
    </message>
    <message>
        <source>Category of item / Catégorie de l&apos;envoi</source>
        <translation>Category of item / Catégorie de l&apos;envoi</translation>
    </message>
    <message>
        <source>Gift / Cadeau</source>
        <translation>Gift / Cadeau</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Commercial sample / Échantillon commercial</source>
        <translation>Commercial sample / Échantillon commercial</translation>
    </message>
    <message>
        <source>Returned goods / Marchandise retournée</source>
        <translation>Returned goods / Marchandise retournée</translation>
    </message>
    <message>
        <source>Sale of goods / Vente de marchandises</source>
        <translation>Sale of goods / Vente de marchandises</translation>
    </message>
    <message>
        <source>Other / Autre</source>
        <translation>Other / Autre</translation>
    </message>
    <message>
        <source>Explanation / Explication: %1</source>
        <translation>Explanation / Explication: %1</translation>
    </message>
    <message>
        <source>Detailed description of contents / Description détaillée du contenu</source>
        <translation>Detailed description of contents / Description détaillée du contenu</translation>
    </message>
    <message>
        <source>Quantity / Quantité</source>
        <translation>Quantity / Quantité</translation>
    </message>
    <message>
        <source>Net weight (kg) / Poids net</source>
        <translation>Net weight (kg) / Poids net</translation>
    </message>
    <message>
        <source>Value / Valeur</source>
        <translation>Value / Valeur</translation>
    </message>
    <message>
        <source>HS tariff number / N° tarifaire du SH</source>
        <translation>HS tariff number / N° tarifaire du SH</translation>
    </message>
    <message>
        <source>Country of origin / Pays d&apos;origine</source>
        <translation>Country of origin / Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Total gross weight (kg) / Poids brut total</source>
        <translation>Total gross weight (kg) / Poids brut total</translation>
    </message>
    <message>
        <source>Total value / Valeur totale</source>
        <translation>Total value / Valeur totale</translation>
    </message>
    <message>
        <source>Postal charges/fees / Frais de port</source>
        <translation>Postal charges/fees / Frais de port</translation>
    </message>
    <message>
        <source>Invoice / Facture</source>
        <translation>Invoice / Facture</translation>
    </message>
    <message>
        <source>Licence / Licence</source>
        <translation>Licence / Licence</translation>
    </message>
    <message>
        <source>Certificate / Certificat</source>
        <translation>Certificate / Certificat</translation>
    </message>
    <message>
        <source>Comments (e.g. goods subject to quarantine) / Observations</source>
        <translation>Comments (e.g. goods subject to quarantine) / Observations</translation>
    </message>
    <message>
        <source>I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.</source>
        <translation>I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.</translation>
    </message>
    <message>
        <source>Date and sender&apos;s signature / Date et signature de l&apos;expéditeur</source>
        <translation>Date and sender&apos;s signature / Date et signature de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>%1 chosen: %2.</source>
        <translation>%1 chosen: %2.</translation>
    </message>
    <message>
        <source>Rate: %1.</source>
        <translation>Rate: %1.</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>cannot finish %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PhotoCameraDialog</name>
    <message>
        <source>No camera was found on this computer. Add photos from files or paste them instead.</source>
        <translation>No camera was found on this computer. Add photos from files or paste them instead.</translation>
    </message>
    <message>
        <source>This build of Caravan cannot use a camera. Add photos from files or paste them instead.</source>
        <translation>This build of Caravan cannot use a camera. Add photos from files or paste them instead.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PhotoCropDialog</name>
    <message>
        <source>Crop photo</source>
        <translation>Crop photo</translation>
    </message>
    <message>
        <source>Drag over the photo to choose the part to keep.</source>
        <translation>Drag over the photo to choose the part to keep.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::PhotoStrip</name>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Camera…</source>
        <translation>Camera…</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Crop…</source>
        <translation>Crop…</translation>
    </message>
    <message>
        <source>Make cover</source>
        <translation>Make cover</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drag photos here from your files, or paste one. The first photo is the cover; drag to reorder. Location data and other metadata are removed from every photo.</source>
        <translation>Drag photos here from your files, or paste one. The first photo is the cover; drag to reorder. Location data and other metadata are removed from every photo.</translation>
    </message>
    <message>
        <source>(not on this computer)</source>
        <translation>(not on this computer)</translation>
    </message>
    <message>
        <source>A listing has at most %1 photos; the rest were not added.</source>
        <translation>A listing has at most %1 photos; the rest were not added.</translation>
    </message>
    <message>
        <source>A listing has at most %1 photos.</source>
        <translation>A listing has at most %1 photos.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.heic)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture.</source>
        <translation>The clipboard holds no picture.</translation>
    </message>
    <message>
        <source>The photo is not on this computer.</source>
        <translation>The photo is not on this computer.</translation>
    </message>
    <message>
        <source>%1 of %2 photos</source>
        <translation>%1 of %2 photos</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ReportsView</name>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>%1 (%2), account %3</source>
        <translation>%1 (%2), account %3</translation>
    </message>
    <message>
        <source>Listing status</source>
        <translation>Listing status</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>No reports.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <source>Decided %1 by %2: %3</source>
        <translation>Decided %1 by %2: %3</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Remove listing…</source>
        <translation>Remove listing…</translation>
    </message>
    <message>
        <source>Dismiss reports…</source>
        <translation>Dismiss reports…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Take the listing off the buyer pages; its photos stop being served publicly.</source>
        <translation>Take the listing off the buyer pages; its photos stop being served publicly.</translation>
    </message>
    <message>
        <source>Choose a listing in the queue.</source>
        <translation>Choose a listing in the queue.</translation>
    </message>
    <message>
        <source>Offline: reported listings are not kept on this computer.</source>
        <translation>Offline: reported listings are not kept on this computer.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The reported listings could not be read</source>
        <translation>The reported listings could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n reported listing(s)</source>
        <translation>
            <numerusform>%n reported listing</numerusform>
            <numerusform>%n reported listings</numerusform>
        </translation>
    </message>
    <message>
        <source>No listing is reported here.</source>
        <translation>No listing is reported here.</translation>
    </message>
    <message>
        <source>The listing could not be read</source>
        <translation>The listing could not be read</translation>
    </message>
    <message>
        <source>No listing chosen</source>
        <translation>No listing chosen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Offline: decisions need the server.</source>
        <translation>Offline: decisions need the server.</translation>
    </message>
    <message>
        <source>Choose a listing to decide on its reports.</source>
        <translation>Choose a listing to decide on its reports.</translation>
    </message>
    <message>
        <source>Nothing to decide: every report on this listing was decided already.</source>
        <translation>Nothing to decide: every report on this listing was decided already.</translation>
    </message>
    <message>
        <source>Remove the listing</source>
        <translation>Remove the listing</translation>
    </message>
    <message>
        <source>Remove this listing? Buyers stop seeing it and its photos; the seller reads your note.</source>
        <translation>Remove this listing? Buyers stop seeing it and its photos; the seller reads your note.</translation>
    </message>
    <message>
        <source>Your note to the seller: what breaks the rules</source>
        <translation>Your note to the seller: what breaks the rules</translation>
    </message>
    <message>
        <source>Remove listing</source>
        <translation>Remove listing</translation>
    </message>
    <message>
        <source>Write a note for the seller: a listing is removed only with one.</source>
        <translation>Write a note for the seller: a listing is removed only with one.</translation>
    </message>
    <message>
        <source>Dismiss the reports</source>
        <translation>Dismiss the reports</translation>
    </message>
    <message>
        <source>Dismiss the reports on this listing? It stays on the buyer pages as it is.</source>
        <translation>Dismiss the reports on this listing? It stays on the buyer pages as it is.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>Dismiss reports</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
    <message>
        <source>Not dismissed</source>
        <translation>Not dismissed</translation>
    </message>
    <message>
        <source>The listing is removed; the seller reads your note.</source>
        <translation>The listing is removed; the seller reads your note.</translation>
    </message>
    <message>
        <source>The reports are dismissed.</source>
        <translation>The reports are dismissed.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::RiskFlagsView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>A flag is a prompt to look at the account, not a verdict: nothing is decided here.</source>
        <translation>A flag is a prompt to look at the account, not a verdict: nothing is decided here.</translation>
    </message>
    <message>
        <source>Choose a flag in the list.</source>
        <translation>Choose a flag in the list.</translation>
    </message>
    <message>
        <source>Offline: risk flags are not kept on this computer.</source>
        <translation>Offline: risk flags are not kept on this computer.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>The risk flags could not be read</source>
        <translation>The risk flags could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is flagged.</source>
        <translation>No account is flagged.</translation>
    </message>
    <message>
        <source>No flag chosen</source>
        <translation>No flag chosen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Account opened</source>
        <translation>Account opened</translation>
    </message>
    <message>
        <source>Flagged since</source>
        <translation>Flagged since</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SettingsPage</name>
    <message>
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <source>A new language takes effect when Caravan is started again.</source>
        <translation>A new language takes effect when Caravan is started again.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Local data</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>The server answers.</translation>
    </message>
    <message>
        <source>The server does not answer right now. Caravan keeps trying in the background and works with the data on this computer meanwhile.</source>
        <translation>The server does not answer right now. Caravan keeps trying in the background and works with the data on this computer meanwhile.</translation>
    </message>
    <message>
        <source>Checking whether the server answers…</source>
        <translation>Checking whether the server answers…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation>Signed in as %1 (%2) on %3.</translation>
    </message>
    <message>
        <source>Working offline as %1 (%2) on %3; not signed in.</source>
        <translation>Working offline as %1 (%2) on %3; not signed in.</translation>
    </message>
    <message>
        <source>This is a staff account.</source>
        <translation>This is a staff account.</translation>
    </message>
    <message>
        <source>The keyring has not been used yet in this session.</source>
        <translation>The keyring has not been used yet in this session.</translation>
    </message>
    <message>
        <source>The system keyring is available. Your sign-in is stored there, never in plain text.</source>
        <translation>The system keyring is available. Your sign-in is stored there, never in plain text.</translation>
    </message>
    <message>
        <source>Local database: %1
Changes waiting to be sent to the server: %2</source>
        <translation>Local database: %1
Changes waiting to be sent to the server: %2</translation>
    </message>
    <message>
        <source>No account is open, so there is no local data to show.</source>
        <translation>No account is open, so there is no local data to show.</translation>
    </message>
    <message>
        <source>Saved. The new language takes effect when Caravan is started again.</source>
        <translation>Saved. The new language takes effect when Caravan is started again.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Use this CA file</source>
        <translation>Use this CA file</translation>
    </message>
    <message>
        <source>Only for a server with a private certificate authority</source>
        <translation>Only for a server with a private certificate authority</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>Certificate authority of the server</source>
        <translation>Certificate authority of the server</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is checked against the certificate authorities of this computer.</source>
        <translation>The server&apos;s certificate is checked against the certificate authorities of this computer.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is also trusted when issued by: %1</source>
        <translation>The server&apos;s certificate is also trusted when issued by: %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::ShipDialog</name>
    <message>
        <source>Mark shipped</source>
        <translation>Mark shipped</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; to %2</translation>
    </message>
    <message>
        <source>Choose the carrier, or type the name of another one.</source>
        <translation>Choose the carrier, or type the name of another one.</translation>
    </message>
    <message>
        <source>The shipment goes to the server with the next sync. Until then the order shows “Shipped — waiting to sync”.</source>
        <translation>The shipment goes to the server with the next sync. Until then the order shows “Shipped — waiting to sync”.</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>Carrier:</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation>Tracking number:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>The number on the carrier&apos;s receipt</source>
        <translation>The number on the carrier&apos;s receipt</translation>
    </message>
    <message>
        <source>Will be sent as %1.</source>
        <translation>Will be sent as %1.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to Caravan</source>
        <translation>Sign in to Caravan</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in with your Caravan account. Your password is sent only to the server below; the session is kept in the system keyring.</source>
        <translation>Sign in with your Caravan account. Your password is sent only to the server below; the session is kept in the system keyring.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Enter the email address of your Caravan account.</source>
        <translation>Enter the email address of your Caravan account.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Too many attempts. Try again in %1 s.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Wait %1 s</source>
        <translation>Wait %1 s</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Authenticator code:</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Enter the 6-digit code your authenticator app shows.</translation>
    </message>
    <message>
        <source>Secret (if you cannot scan): %1</source>
        <translation>Secret (if you cannot scan): %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffConsole</name>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Reported listings</source>
        <translation>Reported listings</translation>
    </message>
    <message>
        <source>Payout identities</source>
        <translation>Payout identities</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffNoteDialog</name>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffPhotoStrip</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1</source>
        <translation>Photo SHA-256 %1</translation>
    </message>
    <message>
        <source>%1…
received %2</source>
        <translation>%1…
received %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The server sent something that is not an image.</source>
        <translation>The server sent something that is not an image.</translation>
    </message>
    <message>
        <source>Photo SHA-256 %1 (%2 × %3 px): click to enlarge</source>
        <translation>Photo SHA-256 %1 (%2 × %3 px): click to enlarge</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Not loaded</translation>
    </message>
    <message>
        <source>The photo %1 could not be loaded: %2</source>
        <translation>The photo %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>SHA-256 %1, received by the server %2</source>
        <translation>SHA-256 %1, received by the server %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StaffSupport</name>
    <message>
        <source>%1: the server cannot be reached. The staff console works online only. %2</source>
        <translation>%1: the server cannot be reached. The staff console works online only. %2</translation>
    </message>
    <message>
        <source>%1: the listing no longer exists.</source>
        <translation>%1: the listing no longer exists.</translation>
    </message>
    <message>
        <source>%1: no report on this listing waits for a decision any more (someone decided them already). Refresh to see how.</source>
        <translation>%1: no report on this listing waits for a decision any more (someone decided them already). Refresh to see how.</translation>
    </message>
    <message>
        <source>%1: this account has no payout identity.</source>
        <translation>%1: this account has no payout identity.</translation>
    </message>
    <message>
        <source>%1: the server refused the field “%2”. %3</source>
        <translation>%1: the server refused the field “%2”. %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Offline: the staff console works online only. Nothing of it is kept on this computer; it comes back when the server can be reached.</source>
        <translation>Offline: the staff console works online only. Nothing of it is kept on this computer; it comes back when the server can be reached.</translation>
    </message>
</context>
<context>
    <name>caravan::ui::StatusIndicators</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Checking connection…</source>
        <translation>Checking connection…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — working with local data</source>
        <translation>Offline — working with local data</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SyncLogWindow</name>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>caravan::ui::SyncStatus</name>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: no account</source>
        <translation>Sync: no account</translation>
    </message>
    <message>
        <source>Offline — changes are kept and sent later</source>
        <translation>Offline — changes are kept and sent later</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync failed; retrying soon</source>
        <translation>Sync failed; retrying soon</translation>
    </message>
    <message>
        <source>Online, not synced yet</source>
        <translation>Online, not synced yet</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos %1 of %2</source>
        <translation>Photos %1 of %2</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>Received %n change</numerusform>
            <numerusform>Received %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading photos %1 of %2</source>
        <translation>Downloading photos %1 of %2</translation>
    </message>
</context>
<context>
    <name>caravan::ui::TemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>e.g. Japan Post, worldwide</source>
        <translation>e.g. Japan Post, worldwide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shipping: ships from, destinations, services, handling time, weight and size</source>
        <translation>Shipping: ships from, destinations, services, handling time, weight and size</translation>
    </message>
    <message>
        <source>Description boilerplate</source>
        <translation>Description boilerplate</translation>
    </message>
    <message>
        <source>Defaults: category, condition, brand, price, quantity, origin, HS code</source>
        <translation>Defaults: category, condition, brand, price, quantity, origin, HS code</translation>
    </message>
</context>
</TS>
