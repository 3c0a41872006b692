<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="89"/>
        <source>ErrorPanel</source>
        <comment>Try saving again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="91"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="92"/>
        <source>ErrorPanel</source>
        <comment>Sign in again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="93"/>
        <source>ErrorPanel</source>
        <comment>Back to details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="94"/>
        <source>ErrorPanel</source>
        <comment>Copy redirect address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="95"/>
        <source>ErrorPanel</source>
        <comment>Open Zoho&apos;s API console</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="96"/>
        <location filename="../../zoho_wizard/ui/banner.py" line="97"/>
        <source>ErrorPanel</source>
        <comment>Try again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="98"/>
        <source>ErrorPanel</source>
        <comment>Keep for this session only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="99"/>
        <source>ErrorPanel</source>
        <comment>Close</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="58"/>
        <source>{day} {month_year} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="110"/>
        <location filename="../../zoho_wizard/ui/connections.py" line="127"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="112"/>
        <source>Its keys were kept for one session only and are gone now. Reconnect to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="118"/>
        <source>Checked {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="123"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="128"/>
        <source>The last check found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="130"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="130"/>
        <source>Choose Check to see whether it still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="157"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="158"/>
        <source>Its saved settings in {path} can&apos;t be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="169"/>
        <source>Reconnect to make it again with the same name; the other connections work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="171"/>
        <source>No organization chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="175"/>
        <source>connected {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="332"/>
        <source>Save the connection receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="334"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="450"/>
        <source>Checking “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="462"/>
        <source>Checking every connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="489"/>
        <source>“{name}”: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="503"/>
        <source>Disconnecting “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="516"/>
        <source>“{name}” is disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="518"/>
        <source>“{name}” is removed from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="527"/>
        <source>Zoho could not be reached, so “{name}” is still connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="531"/>
        <source>You can remove it from this computer anyway. Zoho then still lists it under Zoho Accounts → Sessions → Connected Apps, where you can remove it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="592"/>
        <source>The file could not be renamed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="595"/>
        <source>Ask your firm&apos;s IT person to move it: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="604"/>
        <source>The damaged file was set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="606"/>
        <source>It is now called {name}, in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="607"/>
        <source>Choose New connection to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="623"/>
        <source>The receipt could not be saved ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="626"/>
        <location filename="../../zoho_wizard/ui/connections.py" line="632"/>
        <source>Choose another folder, for example your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="631"/>
        <source>The receipt could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/connections.py" line="636"/>
        <source>Receipt saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/worker.py" line="30"/>
        <source>Worker</source>
        <comment>Something unexpected went wrong while {what}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../zoho_wizard/ui/worker.py" line="32"/>
        <source>Worker</source>
        <comment>Try again. If it keeps happening, ask your firm&apos;s IT person; the details are in this program&apos;s log file.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <location filename="../../zoho_wizard/ui/browser.py" line="180"/>
        <source>Zoho sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/browser.py" line="182"/>
        <source>Zoho&apos;s own sign-in and consent page. Sign in and choose Accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="59"/>
        <source>Connect Zoho Books — practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="61"/>
        <source>Connect Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="93"/>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="94"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="95"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="121"/>
        <location filename="../../zoho_wizard/ui/wizard.py" line="126"/>
        <source>Go on to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="122"/>
        <source>Close this window without finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="123"/>
        <source>Close this window; the connection is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="124"/>
        <source>Stop signing in and go back to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="125"/>
        <source>Go back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/wizard.py" line="127"/>
        <source>Show help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="43"/>
        <source>Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="45"/>
        <source>Sign in with your Zoho account and choose Accept. This window carries on by itself as soon as Zoho answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="65"/>
        <source>Address of the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="72"/>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="77"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="78"/>
        <source>Load the sign-in page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="81"/>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="82"/>
        <source>Back to details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="110"/>
        <source>Opening Zoho&apos;s sign-in page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="113"/>
        <source>Secure connection to {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="117"/>
        <source>Not encrypted: {host} (practice sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="121"/>
        <source>Not encrypted: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="144"/>
        <source>Zoho&apos;s page reports a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="146"/>
        <source>Read the message below. Usually the client ID or the redirect address on the details page needs correcting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="154"/>
        <source>Zoho&apos;s sign-in page could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/consent.py" line="155"/>
        <source>Check your internet connection, then try again. ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../zoho_wizard/ui/countdown.py" line="24"/>
        <source>Time left for the sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/countdown.py" line="32"/>
        <source>{n} seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="95"/>
        <source>Connect to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="97"/>
        <source>Enter the client your firm registered in Zoho&apos;s API console, choose what your tools may do, then sign in to Zoho.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="101"/>
        <source>Sign in to Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="108"/>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="119"/>
        <source>Practice mode — nothing here talks to the real Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="121"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="122"/>
        <source>Fill in practice details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="124"/>
        <source>Puts the practice client ID, secret and redirect address into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="132"/>
        <source>Everything runs on this computer. On the practice sign-in page use {email} with the password “{password}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="139"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="521"/>
        <source>Checking where your keys can be kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="140"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="141"/>
        <source>Keep this connection for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="144"/>
        <source>The keys stay in memory until this program closes; nothing is written to disk. You will need to connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="155"/>
        <source>Your Zoho client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="159"/>
        <source>Your firm&apos;s admin registers this client once in Zoho&apos;s API console and gives you its client ID and client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="174"/>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="176"/>
        <source>A name you recognise, for example the client business it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="184"/>
        <source>{label} — Books not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="188"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="195"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="191"/>
        <source>Where your firm&apos;s Zoho account lives. If you are not sure, keep United States: Zoho sends you on to your own data center after you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="200"/>
        <source>Not sure? Keep United States; Zoho forwards you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="206"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="208"/>
        <source>Looks like 1000.ABC123…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="214"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="216"/>
        <source>Kept in your password store, never shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="219"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="420"/>
        <source>Show the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="227"/>
        <source>What may your firm&apos;s tools do in Zoho Books?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="228"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="229"/>
        <source>Full access to everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="232"/>
        <source>View, change and delete everything in Zoho Books. Choose this only if your tools really need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="257"/>
        <source>Access to {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="260"/>
        <source>Always at least “View only”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="272"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="274"/>
        <source>Show who signed in (your Zoho e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="277"/>
        <source>Also asks Zoho for the signed-in person&apos;s e-mail, so the summary can say who connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="285"/>
        <source>Redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="298"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="299"/>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="301"/>
        <source>Puts the redirect address on the clipboard, to paste into Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="310"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="314"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="429"/>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="317"/>
        <source>The redirect address and the client type; only change these if your admin asks you to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="332"/>
        <source>Redirect address (redirect URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="334"/>
        <source>Must match the address registered for the client, exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="338"/>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="339"/>
        <source>Desktop client type (use PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="342"/>
        <source>Tick this if the client was registered in Zoho&apos;s API console as a desktop or mobile app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="420"/>
        <source>Hide the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="429"/>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="438"/>
        <source>Redirect address to register in Zoho&apos;s API console (exactly as shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="526"/>
        <source>Your keys will be kept in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="528"/>
        <source>The client secret and Zoho&apos;s long-lasting key are stored there, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="536"/>
        <source>No secure password store is available on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/details.py" line="538"/>
        <source>{problem} Your keys are never written to a plain file. To go on, keep this connection for this session only: it works until you close this program, and you connect again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="36"/>
        <source>You&apos;re connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="37"/>
        <source>Your firm&apos;s tools can now use Zoho Books through this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="70"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="71"/>
        <source>Data center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="72"/>
        <source>Access granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="73"/>
        <source>Keys kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="74"/>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="87"/>
        <source>Choose Finish to close this window. Your tools find this connection by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="106"/>
        <source>Connected as {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="108"/>
        <source>Connected to Zoho Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="118"/>
        <source>{name}{currency}
Organization ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="127"/>
        <source>{label} — practice sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/done.py" line="132"/>
        <source>this program&apos;s memory only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="147"/>
        <source>Try again in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/banner.py" line="163"/>
        <source>Recovery action for the error above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishingPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="41"/>
        <source>Finishing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="43"/>
        <source>Zoho&apos;s sign-in code works for about a minute. This program uses it straight away; you don&apos;t need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="61"/>
        <source>Time left for the sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="64"/>
        <source>The code is used as soon as it arrives, so this rarely matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="72"/>
        <source>What is happening now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="81"/>
        <source>Confirm the sign-in with Zoho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="82"/>
        <source>Save the keys securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="83"/>
        <source>Find your Zoho Books organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="123"/>
        <source>You are signed in, and the keys Zoho issued are held in memory, so you will not need to sign in again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="143"/>
        <source>Network trouble, trying again (attempt {n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="145"/>
        <source>Exchanging the code with Zoho…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="148"/>
        <source>Saving your keys securely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="150"/>
        <source>Finding your Zoho Books organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="152"/>
        <source>The connection could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="168"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="170"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="172"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="174"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="200"/>
        <source>Sign-in code expires in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/finishing.py" line="202"/>
        <source>The sign-in code has expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="131"/>
        <source>Choose the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="133"/>
        <source>Your Zoho account can reach these Zoho Books organizations. Pick the one this connection is for; your firm&apos;s tools will work with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="137"/>
        <source>Use this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="144"/>
        <source>Zoho Books organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="146"/>
        <source>Use the arrow keys to choose; the default organization is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="155"/>
        <source>Saving your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="192"/>
        <source>Signed in to Zoho as {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="206"/>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="210"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="207"/>
        <location filename="../../zoho_wizard/ui/pages/organization.py" line="211"/>
        <source>Organization ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfClientPanel</name>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="51"/>
        <source>Get a code from Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="73"/>
        <source>Open Zoho&apos;s API console for your data center, choose your Self Client, then the Generate Code tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="77"/>
        <location filename="../../zoho_wizard/ui/self_client.py" line="174"/>
        <source>Open the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="78"/>
        <source>Open Zoho&apos;s API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="80"/>
        <source>Opens the API console in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="91"/>
        <source>In the Scope box, paste this list (it matches the access chosen above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="101"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="102"/>
        <source>Copy the scope list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="104"/>
        <source>Puts the scope list on the clipboard, to paste into the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="113"/>
        <source>Pick an expiry time, type a description (for example “Zoho Wizard”), choose Create, and copy the code Zoho shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="120"/>
        <source>Paste the code below and choose Connect straight away: the code only works for the time you picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="134"/>
        <source>{n} minutes (the console&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="136"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="140"/>
        <location filename="../../zoho_wizard/ui/self_client.py" line="142"/>
        <source>Expiry time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="141"/>
        <source>Choose what you picked in the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="147"/>
        <source>Choose what you picked in the API console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="158"/>
        <source>Scopes to paste: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zoho_wizard/ui/self_client.py" line="172"/>
        <source>Open the practice API console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
