"""Demo workstreams, case studies and projects for Practice Commons, referring to network.demo_data slugs."""

WORKSTREAMS = [
    {
        "slug": "open-data",
        "title": "Open data",
        "summary": "Councils publishing data openly in shared formats so that others can reuse it without "
        "asking, paying or reformatting.",
        "aims": [
            "Make council data open by default and secure only where it has to be",
            "Agree common schemas for data every council holds",
            "Keep data council-owned when buying new systems",
            "Show the savings from fewer information requests",
        ],
        "status": "active",
        "body": [
            "Too many councils commission a system and then find the data it produces is locked in, or can "
            "only be extracted at extra cost. This workstream collects contract wording, schemas and "
            "publishing tools that have worked elsewhere, so that the next council does not start from "
            "nothing.",
            "Members meet online every six weeks and run an open data hack event once a year. New members "
            "are welcome whether their council publishes three data sets or three hundred.",
        ],
        "leads": ["imogen-price", "sanjay-mistry"],
        "members": ["chris-penrose", "helen-marchant", "lucy-armstrong", "james-pegg"],
        "tags": ["open data", "data standards"],
    },
    {
        "slug": "shared-web-platform",
        "title": "Shared web platform",
        "summary": "Councils building and running one open-source website codebase together instead of each "
        "paying for their own.",
        "aims": [
            "Maintain one open-source website platform that any council can adopt",
            "Share content patterns for common council pages",
            "Cut hosting and licence costs for small councils",
        ],
        "status": "active",
        "body": [
            "Every council needs the same things from its website: service pages, directories, news, forms "
            "and a way to find your bin day. The shared platform gives councils a tested starting point and "
            "a group of developers who fix problems once for everyone.",
            "Partner councils contribute developer time rather than money. Changes are proposed in the "
            "open, reviewed by at least two councils and released every month.",
        ],
        "leads": ["jonathan-hale", "ruth-kennedy"],
        "members": ["priya-chandran", "claire-bramley", "rhian-morgan", "hannah-stone"],
        "tags": ["open source", "content design", "local government"],
    },
    {
        "slug": "usability-and-accessibility",
        "title": "Usability and accessibility",
        "summary": "Helping councils find and fix what makes their websites and services hard to use, "
        "starting with the free usability dashboard.",
        "aims": [
            "Keep the usability dashboard free and maintained for every council",
            "Publish accessible patterns for forms and documents",
            "Share user research findings so councils do not repeat the same studies",
            "Meet the public sector accessibility regulations together",
        ],
        "status": "active",
        "body": [
            "The usability dashboard started as one developer's side project at Birmingham City Council. "
            "With testing and support from the LocalGov Digital network it became a tool any council can "
            "use to check its website, and this workstream now looks after it.",
            "The group also shares accessible form patterns, research findings and audit results, including "
            "the ones that did not go well. Show-and-tells are held every quarter, in person and online.",
        ],
        "leads": ["neil-parkes"],
        "members": ["kwame-boateng", "oliver-grant", "daniel-whitfield", "tom-ashworth", "fiona-macleod"],
        "tags": ["accessibility", "user research"],
    },
    {
        "slug": "waste-and-environment-services",
        "title": "Waste and environment services",
        "summary": "Reusable online services for bins, fly-tipping, street lighting and other street scene "
        "work.",
        "aims": [
            "Offer a bin collection lookup that any council can install",
            "Agree a data standard for collection schedules",
            "Reduce calls about missed bins and fly-tipping",
        ],
        "status": "active",
        "body": [
            "Waste queries are often the biggest single cause of calls to a council's contact centre. Most "
            "of them are simple: when is my bin day, why was my bin missed, how do I report rubbish. The "
            "services that answer these questions are nearly identical from one council to the next.",
            "This workstream shares working code and the lessons from running it. It is also drafting a "
            "common format for collection schedules with waste managers and software suppliers.",
        ],
        "leads": ["mark-heywood", "sophie-turner"],
        "members": ["paul-daventry", "aisha-rahman", "priya-chandran", "hannah-stone"],
        "tags": ["waste", "data standards", "mapping"],
    },
]

CASE_STUDIES = [
    # Open data
    {
        "workstream": "open-data",
        "slug": "devon-highways-data-hack-weekend",
        "title": "Opening up Devon's highways data through a hack weekend",
        "summary": "Devon published its road defect and gritting route data and invited students and local "
        "developers to build with it over a weekend.",
        "date": "2019-06-12",
        "service_area": "highways-and-transport",
        "organisations": ["devon-county-council"],
        "reused_by": ["exeter-city-council", "plymouth-city-council"],
        "problem": "Devon held years of highways data that only its own staff could see. Residents asked "
        "the same questions about potholes and gritting every winter, and the council had no quick way to "
        "test whether better information would reduce calls.",
        "approach": "The council set up an open data forum with local businesses and the university, then "
        "published 22 highways data sets under the Open Government Licence. A hack weekend with students "
        "from the University of Plymouth produced eleven prototypes, which service managers judged against "
        "real problems.",
        "outcomes": "Two prototypes were taken forward: a gritting route map and a pothole report tracker. "
        "Calls about gritting fell by 18 per cent the following winter, and the data sets have been "
        "downloaded more than 4,000 times.",
        "cost": 6500,
        "savings_per_year": 9800,
        "users": 4200,
        "lessons": [
            "Ask service managers to set the challenges so prototypes have an owner",
            "Publish the data weeks before the event, not on the morning",
            "Budget for the work after the weekend, not just the weekend",
        ],
        "start_date": "2019-01-14",
        "end_date": "2019-07-31",
        "contact": "chris-penrose",
        "tags": ["open data", "hack day", "mapping"],
    },
    {
        "workstream": "open-data",
        "slug": "planning-applications-open-data",
        "title": "Planning applications as open data in a common schema",
        "summary": "Camden publishes every planning application as open data every night, using a schema "
        "now shared with other councils.",
        "date": "2021-10-05",
        "service_area": "planning",
        "organisations": ["camden-council", "hackney-council"],
        "reused_by": ["leeds-city-council", "bristol-city-council"],
        "problem": "Residents, architects and campaign groups wanted to track planning applications near "
        "them, but the planning system only offered a search page. Camden received around 300 freedom of "
        "information requests a year for planning data that could have been published.",
        "approach": "The data team wrote a nightly export from the planning system to the open data portal "
        "and worked with Hackney to agree field names, so both boroughs publish in the same shape. They "
        "added map coordinates, decision dates and links to documents, and published an API alongside the "
        "files.",
        "outcomes": "Planning data requests fell by about 70 per cent. Community groups built alert "
        "services on top of the data, and two other councils adopted the schema within a year.",
        "cost": 18500,
        "savings_per_year": 22000,
        "users": 3400,
        "lessons": [
            "Agree field names with a neighbouring council before publishing",
            "Redact personal data automatically rather than by hand",
            "Tell the people who make information requests that the data exists",
        ],
        "start_date": "2021-02-01",
        "end_date": "2021-09-30",
        "contact": "imogen-price",
        "tags": ["open data", "data standards", "mapping"],
    },
    {
        "workstream": "open-data",
        "slug": "care-home-vacancy-finder",
        "title": "Care home vacancy finder from shared open data",
        "summary": "Greater Manchester councils publish daily care home vacancies as open data, which feeds "
        "a simple finder for families and hospital discharge teams.",
        "date": "2023-09-20",
        "service_area": "adult-social-care",
        "organisations": ["greater-manchester-combined-authority", "stockport-council"],
        "reused_by": ["nottinghamshire-county-council"],
        "problem": "Hospital discharge teams spent hours phoning care homes to find a bed. Families were "
        "given printed lists that were out of date by the time they were handed over.",
        "approach": "Care homes update their vacancies in a short form each morning. The combined authority "
        "publishes the results as open data every day, and Stockport built a finder that filters by type of "
        "care, distance and funding. The finder was tested with discharge nurses and with families.",
        "outcomes": "Discharge teams report saving around 40 minutes per placement. The finder is used "
        "about 1,100 times a month, and 92 per cent of homes in the pilot area update at least four days a "
        "week.",
        "cost": 64000,
        "savings_per_year": 118000,
        "users": 13200,
        "lessons": [
            "Data is only as good as the habit of updating it, so keep the form tiny",
            "Involve care home managers from the first week",
        ],
        "start_date": "2022-11-01",
        "end_date": "2023-08-31",
        "contact": "sanjay-mistry",
        "tags": ["open data", "user research", "forms"],
    },
    {
        "workstream": "open-data",
        "slug": "election-results-open-data",
        "title": "Election results published as open data on the night",
        "summary": "Newcastle and Leeds published local election results as open data as each count was "
        "declared, using a shared format.",
        "date": "2024-10-08",
        "service_area": "democracy-and-elections",
        "organisations": ["newcastle-city-council", "leeds-city-council"],
        "reused_by": ["cardiff-council", "lichfield-district-council"],
        "problem": "Election results were posted as PDFs hours after each declaration. Journalists and "
        "researchers retyped them, and errors crept into national coverage.",
        "approach": "Elections staff entered results into a simple spreadsheet template at the count, which "
        "published a CSV and a web page as soon as the returning officer declared. Both councils used the "
        "same columns, based on the Democracy Club format, and tested the process at a by-election first.",
        "outcomes": "Results appeared online within five minutes of each declaration in May 2024. The pages "
        "had 68,000 visits on results night, and no corrections were needed.",
        "cost": 9500,
        "savings_per_year": None,
        "users": 68000,
        "lessons": [
            "Rehearse at a by-election before the main count",
            "Keep the template simple enough to fill in at 3am",
            "Use an existing community format rather than inventing one",
        ],
        "start_date": "2023-11-06",
        "end_date": "2024-05-31",
        "contact": "lucy-armstrong",
        "tags": ["open data", "data standards", "local government"],
    },
    # Shared web platform
    {
        "workstream": "shared-web-platform",
        "slug": "open-source-council-website-platform",
        "title": "An open-source website platform shared by councils",
        "summary": "Bristol and Hackney built their new websites on one open-source codebase and invited "
        "other councils to use and improve it.",
        "date": "2022-02-16",
        "service_area": "customer-services",
        "organisations": ["bristol-city-council", "hackney-council"],
        "reused_by": ["nottinghamshire-county-council", "cardiff-council", "exeter-city-council"],
        "problem": "Both councils were paying for licensed content management systems that were due for "
        "renewal, and each was about to rebuild the same page types from scratch. Small councils nearby "
        "could not afford a rebuild at all.",
        "approach": "The two councils formed a joint team of developers and content designers and built on "
        "an existing open-source content management system. Each feature was designed for any council, not "
        "just the two partners, and the code was published openly from the first week.",
        "outcomes": "Both websites moved to the platform within 18 months. Licence and hosting costs fell "
        "by about £95,000 a year across the two councils, and three more councils have since adopted it.",
        "cost": 320000,
        "savings_per_year": 95000,
        "users": 2400000,
        "lessons": [
            "Agree how decisions are made before writing any code",
            "Budget for maintenance, not just the build",
            "Content design patterns are as reusable as the code",
        ],
        "start_date": "2020-06-01",
        "end_date": "2021-12-17",
        "contact": "jonathan-hale",
        "tags": ["open source", "content design", "local government"],
    },
    {
        "workstream": "shared-web-platform",
        "slug": "council-tax-single-person-discount-form",
        "title": "Online form for council tax single person discount",
        "summary": "Cardiff replaced a downloadable PDF with a short bilingual online form for single "
        "person discount, built from the shared platform's form patterns.",
        "date": "2022-07-21",
        "service_area": "council-tax-and-benefits",
        "organisations": ["cardiff-council"],
        "reused_by": ["city-of-edinburgh-council"],
        "problem": "Residents applying for the 25 per cent single person discount had to print a PDF, fill "
        "it in and post it. Around a third of forms arrived incomplete, and each took staff about 12 "
        "minutes to key in.",
        "approach": "The team mapped the questions against the information the council tax system actually "
        "needs and cut them from 19 to 7. The form was built in Welsh and English at the same time, tested "
        "with residents in two libraries, and sends its data straight to the council tax system.",
        "outcomes": "94 per cent of applications now arrive online and complete. Processing time per "
        "application fell from 12 minutes to 3, and the first year saw 8,900 applications.",
        "cost": 24000,
        "savings_per_year": 61000,
        "users": 8900,
        "lessons": [
            "Ask what the back-office system needs before writing questions",
            "Build both languages together, not the Welsh version afterwards",
        ],
        "start_date": "2022-01-10",
        "end_date": "2022-06-30",
        "contact": "rhian-morgan",
        "tags": ["forms", "content design", "payments"],
    },
    {
        "workstream": "shared-web-platform",
        "slug": "join-the-library-online",
        "title": "Join the library online and borrow e-books the same day",
        "summary": "Edinburgh let people join the library online and start borrowing e-books immediately, "
        "instead of visiting a branch with proof of address.",
        "date": "2020-09-14",
        "service_area": "libraries",
        "organisations": ["city-of-edinburgh-council"],
        "reused_by": ["plymouth-city-council", "kent-county-council"],
        "problem": "When branches closed in March 2020, nobody could join the library because membership "
        "required a visit with identification. Demand for e-books and e-audiobooks was rising fast.",
        "approach": "The team built a short online joining form on the council website that checks the "
        "address against the council's address register and issues a digital card number straight away. "
        "Full membership for physical loans is confirmed at the next branch visit.",
        "outcomes": "21,500 people joined online in the first year, a third of them under 30. E-book loans "
        "rose by 140 per cent, and the form stayed after branches reopened.",
        "cost": 15000,
        "savings_per_year": None,
        "users": 21500,
        "lessons": [
            "Proportionate identity checks are enough for low-risk services",
            "A temporary fix can become the better permanent service",
        ],
        "start_date": "2020-04-06",
        "end_date": "2020-06-26",
        "contact": "fiona-macleod",
        "tags": ["forms", "content design"],
    },
    {
        "workstream": "shared-web-platform",
        "slug": "district-council-moves-to-shared-platform",
        "title": "A district council moves its website onto the shared platform",
        "summary": "Exeter moved its 1,400-page website onto the shared council platform in five months "
        "with a team of two, reusing content patterns from other councils.",
        "date": "2025-05-22",
        "service_area": "customer-services",
        "organisations": ["exeter-city-council"],
        "reused_by": [],
        "problem": "Exeter's website ran on an unsupported version of a proprietary system with a licence "
        "renewal of £28,000 a year. The web team of two could not rebuild a site from scratch.",
        "approach": "Rather than migrating every page, the team reviewed content against page analytics and "
        "cut the site from 1,400 pages to 620. They used the platform's existing service page, directory "
        "and news patterns, and paid a partner council's developers for eight days of help with hosting.",
        "outcomes": "The new site launched on time with no custom code. Running costs fell by £18,000 a "
        "year, and the usability dashboard score rose from 61 to 88.",
        "cost": 42000,
        "savings_per_year": 18000,
        "users": 610000,
        "lessons": [
            "Delete content before migrating it",
            "Buy a few days from a council that has done it already",
            "Resist custom features in the first release",
        ],
        "start_date": "2024-11-04",
        "end_date": "2025-04-02",
        "contact": "priya-chandran",
        "tags": ["open source", "content design", "local government"],
    },
    # Usability and accessibility
    {
        "workstream": "usability-and-accessibility",
        "slug": "council-website-usability-dashboard",
        "title": "A free usability dashboard for every council website",
        "summary": "A Birmingham developer built a dashboard that checks council websites for speed, mobile "
        "and accessibility problems, and gave it to every council for free.",
        "date": "2019-11-04",
        "service_area": "customer-services",
        "organisations": ["birmingham-city-council", "localgov-digital"],
        "reused_by": ["devon-county-council", "stockport-council", "norfolk-county-council"],
        "problem": "Web teams had no cheap way to compare their sites or prove to managers where the "
        "problems were. Commercial audit tools cost thousands of pounds a year and most councils could not "
        "justify them.",
        "approach": "The dashboard was written by one developer in his own time. LocalGov Digital "
        "volunteers tested it on their own sites, suggested which checks mattered most and wrote the "
        "guidance. It was released as a beta, then improved over six months based on feedback from web "
        "teams.",
        "outcomes": "More than 160 councils have run the dashboard. Web teams use its rankings to argue for "
        "fixes, and several councils have cut their accessibility errors by more than half.",
        "cost": 7800,
        "savings_per_year": None,
        "users": 240,
        "lessons": [
            "One committed person plus a supportive network can deliver for everyone",
            "Rankings motivate managers more than error lists",
            "Plan who maintains a volunteer tool before it becomes essential",
        ],
        "start_date": "2019-03-01",
        "end_date": None,
        "contact": "neil-parkes",
        "tags": ["accessibility", "open source", "local government"],
    },
    {
        "workstream": "usability-and-accessibility",
        "slug": "webchat-pilot-stopped",
        "title": "Why we stopped our adult social care chatbot pilot",
        "summary": "Norfolk trialled a chatbot for adult social care questions for nine months and stopped "
        "it. This is what the numbers showed and what we would do differently.",
        "date": "2021-06-28",
        "service_area": "adult-social-care",
        "organisations": ["norfolk-county-council"],
        "reused_by": [],
        "problem": "Calls to the adult social care front door were rising, and many were questions already "
        "answered on the website. A supplier offered a chatbot pilot that promised to handle 60 per cent of "
        "enquiries without staff.",
        "approach": "The chatbot ran on the care and support pages from September 2020 to May 2021. The "
        "performance team tracked every conversation against whether the person then phoned anyway, and "
        "user researchers watched older residents and carers try to use it.",
        "outcomes": "Only 14 per cent of conversations ended without the person phoning or emailing. Screen "
        "reader users could not use it reliably. The pilot was stopped and the money spent on rewriting the "
        "ten most-visited care pages, which cut related calls by 11 per cent.",
        "cost": 38000,
        "savings_per_year": None,
        "users": 5200,
        "lessons": [
            "Fix the content before adding a chatbot on top of it",
            "Measure whether people still phoned, not just how many chats there were",
            "Test accessibility before launch, not after complaints",
        ],
        "start_date": "2020-07-01",
        "end_date": "2021-05-31",
        "contact": "james-pegg",
        "tags": ["chatbots", "accessibility", "user research"],
    },
    {
        "workstream": "usability-and-accessibility",
        "slug": "housing-repairs-reporting-service",
        "title": "Reporting a housing repair online",
        "summary": "Leeds redesigned how council tenants report repairs, starting with research in tenants' "
        "homes, and moved most reports online.",
        "date": "2022-11-09",
        "service_area": "housing",
        "organisations": ["leeds-city-council"],
        "reused_by": ["newcastle-city-council"],
        "problem": "Nine in ten repairs were reported by phone, and wait times reached 25 minutes in "
        "winter. The old online form asked for trade codes that tenants did not understand, so many reports "
        "were wrong and operatives arrived without the right parts.",
        "approach": "User researchers visited 36 tenants at home and listened to repairs calls. The team "
        "built a new service that asks about the problem in plain words and photos, then works out the "
        "trade and priority itself. It was tested with tenants who use screen readers and with people "
        "reporting on behalf of a relative.",
        "outcomes": "Online reports rose from 9 per cent to 47 per cent in a year. First-visit fix rates "
        "improved from 71 to 83 per cent, and call volumes fell enough to save about £210,000 a year.",
        "cost": 145000,
        "savings_per_year": 210000,
        "users": 46000,
        "lessons": [
            "Let residents describe the problem and let the system pick the code",
            "Photos save more visits than extra questions",
            "Research with people reporting for someone else, not just tenants",
        ],
        "start_date": "2021-09-06",
        "end_date": "2022-10-28",
        "contact": "daniel-whitfield",
        "tags": ["housing", "user research", "forms"],
    },
    {
        "workstream": "usability-and-accessibility",
        "slug": "accessible-forms-pattern-library",
        "title": "An accessible forms pattern library for councils",
        "summary": "Hackney and Camden published tested, accessible patterns for the questions councils ask "
        "most often, from addresses to dates of birth.",
        "date": "2024-01-17",
        "service_area": "customer-services",
        "organisations": ["hackney-council", "camden-council"],
        "reused_by": ["kent-county-council", "newcastle-city-council", "cardiff-council"],
        "problem": "Both boroughs had dozens of online forms built by different teams and suppliers, each "
        "asking for an address or a date in a different way. An accessibility audit found 212 failures "
        "across 40 forms.",
        "approach": "The team picked the 18 questions that appeared most often, designed one pattern for "
        "each, and tested them with disabled residents and assistive technology users. Each pattern was "
        "published with code, guidance on when to use it and the research behind it.",
        "outcomes": "Rebuilt forms passed re-audit with no serious failures. Completion rates on the "
        "rebuilt forms rose by 23 per cent on average, and three councils outside London now use the "
        "patterns.",
        "cost": 58000,
        "savings_per_year": 34000,
        "users": None,
        "lessons": [
            "Publish the research with each pattern so others trust it",
            "Start with the questions every form asks",
        ],
        "start_date": "2023-03-01",
        "end_date": "2023-12-15",
        "contact": "kwame-boateng",
        "tags": ["accessibility", "forms", "open source"],
    },
    # Waste and environment services
    {
        "workstream": "waste-and-environment-services",
        "slug": "bin-collection-day-lookup",
        "title": "A bin collection day lookup any council can reuse",
        "summary": "Stockport built a postcode lookup for bin days that other councils can install with "
        "their own collection data. It now runs in four council areas.",
        "date": "2020-03-10",
        "service_area": "waste-and-recycling",
        "organisations": ["stockport-council"],
        "reused_by": ["lichfield-district-council", "exeter-city-council", "newcastle-city-council"],
        "problem": "Asking for a bin day was the most common reason to call Stockport's contact centre, "
        "with around 3,000 calls a month. Collection days were in a PDF calendar that was hard to read on a "
        "phone.",
        "approach": "The team built a small open-source service that takes a postcode, lists the addresses "
        "and shows the next collection for each bin, with a calendar download and reminders. Collection "
        "data is loaded from a CSV, so any council can use it without changing the code.",
        "outcomes": "Bin day calls fell by 62 per cent in the first six months. Three other councils "
        "adopted the service, each in under six weeks, and the lookup is used 112,000 times a month across "
        "all four.",
        "cost": 16000,
        "savings_per_year": 48000,
        "users": 112000,
        "lessons": [
            "Keep the data format simple so others can load their own",
            "Bank holiday changes cause most complaints, so handle them first",
            "Write the installation guide for a council with no developers",
        ],
        "start_date": "2019-08-05",
        "end_date": "2020-02-14",
        "contact": "mark-heywood",
        "tags": ["waste", "open source", "data standards"],
    },
    {
        "workstream": "waste-and-environment-services",
        "slug": "street-lighting-fault-map",
        "title": "Street lighting fault map",
        "summary": "Devon replaced a free-text fault form with a map of every street light, so residents "
        "can pick the exact column and see if it has already been reported.",
        "date": "2023-04-18",
        "service_area": "highways-and-transport",
        "organisations": ["devon-county-council"],
        "reused_by": ["plymouth-city-council", "kent-county-council"],
        "problem": "Residents described faulty lights in words, so engineers often could not tell which of "
        "80,000 columns was meant. About a quarter of reports were duplicates of faults already logged.",
        "approach": "The team published the street lighting inventory as open data and built a map where "
        "people tap the light they mean. Existing faults show on the map with their status, and reports go "
        "straight to the maintenance contractor's system.",
        "outcomes": "Duplicate reports fell by 70 per cent and wasted engineer visits by about 1,200 a "
        "year. Plymouth and Kent reused the map with their own inventories.",
        "cost": 27000,
        "savings_per_year": 31000,
        "users": 14300,
        "lessons": [
            "Show existing reports so people do not report the same fault twice",
            "Open data made reuse by neighbouring councils almost free",
        ],
        "start_date": "2022-06-01",
        "end_date": "2023-02-28",
        "contact": "helen-marchant",
        "tags": ["mapping", "open data", "forms"],
    },
    {
        "workstream": "waste-and-environment-services",
        "slug": "fly-tipping-reports-with-photos",
        "title": "Reporting fly-tipping with a photo and a map",
        "summary": "Bristol made it quicker to report fly-tipping from a phone and sent reports straight to "
        "the crews' tablets.",
        "date": "2024-06-25",
        "service_area": "waste-and-recycling",
        "organisations": ["bristol-city-council"],
        "reused_by": ["cardiff-council"],
        "problem": "Fly-tipping reports came in by phone, email and social media, then were retyped into "
        "the waste system. Crews often went to the wrong spot, and residents never heard what happened.",
        "approach": "The team designed a mobile-first report with a map pin, a photo and three questions. "
        "Reports go straight to crews' tablets, and residents get a text with a photo when the waste is "
        "cleared. The service designer rode with crews for two weeks before designing anything.",
        "outcomes": "Average clearance time fell from 4.1 days to 2.3 days. 71 per cent of reports now come "
        "through the new service, and retyping has stopped.",
        "cost": 33000,
        "savings_per_year": 52000,
        "users": 19600,
        "lessons": [
            "Spend time with the crews before designing for residents",
            "Closing the loop with a photo builds trust in reporting",
        ],
        "start_date": "2023-09-04",
        "end_date": "2024-05-17",
        "contact": "sophie-turner",
        "tags": ["waste", "mapping", "user research"],
    },
    {
        "workstream": "waste-and-environment-services",
        "slug": "garden-waste-subscriptions-online",
        "title": "Garden waste subscriptions paid online in one go",
        "summary": "Lichfield moved garden waste renewals online with card payment and automatic bin "
        "permits, ending a six-week paper rush every spring.",
        "date": "2026-02-11",
        "service_area": "waste-and-recycling",
        "organisations": ["lichfield-district-council"],
        "reused_by": ["exeter-city-council"],
        "problem": "Every March around 27,000 households renewed their garden waste subscription, mostly by "
        "phone or cheque. Staff were taken off other work for six weeks, and permit stickers were posted "
        "late.",
        "approach": "The council reused the bin lookup's address data and the shared platform's payment "
        "pattern to build a renewal service that takes card payment and records the permit against the "
        "address. Crews check subscriptions on their tablets, so stickers are no longer needed.",
        "outcomes": "88 per cent of renewals were made online in 2025. Printing and postage costs stopped, "
        "and the contact centre handled 9,000 fewer calls in the renewal period.",
        "cost": 21000,
        "savings_per_year": 39000,
        "users": 27800,
        "lessons": [
            "Reusing another council's address lookup saved weeks of work",
            "Ending stickers removed a whole step, not just a cost",
        ],
        "start_date": "2024-09-02",
        "end_date": "2025-02-28",
        "contact": "paul-daventry",
        "tags": ["waste", "payments", "forms"],
    },
]

PROJECTS = [
    {
        "slug": "school-admissions-discovery",
        "title": "Applying for a school place: discovery",
        "summary": "Kent is researching why so many parents phone about school admissions and whether "
        "councils could share one better application service.",
        "phase": "discovery",
        "workstream": None,
        "lead_organisation": "kent-county-council",
        "partners": [],
        "partners_wanted": True,
        "funding_source": "Local Digital Fund",
        "budget": 85000,
        "repository_url": "",
        "start_date": "2026-09-07",
        "service_area": "childrens-services",
        "body": [
            "Every year thousands of parents apply for primary and secondary school places, and the "
            "admissions team takes more than 20,000 calls in the weeks around offer days. Most councils buy "
            "the same few systems, and parents meet the same confusing steps wherever they live.",
            "The discovery runs for twelve weeks and includes research with parents, admissions officers "
            "and schools. We would like two or three more councils, ideally with different systems, to join "
            "the research and share the findings.",
        ],
        "tags": ["user research", "forms", "local government"],
        "related_case_studies": [],
    },
    {
        "slug": "bin-collection-data-standard",
        "title": "A data standard for bin collection schedules",
        "summary": "A common format for collection days and missed bin reports, so lookup tools, apps and "
        "smart speakers work for every council.",
        "phase": "alpha",
        "workstream": "waste-and-environment-services",
        "lead_organisation": "stockport-council",
        "partners": ["lichfield-district-council", "bristol-city-council", "exeter-city-council"],
        "partners_wanted": True,
        "funding_source": "Local Digital Fund",
        "budget": 115000,
        "repository_url": "https://github.com/example-council/bin-collection-schema",
        "start_date": "2025-10-01",
        "service_area": "waste-and-recycling",
        "body": [
            "Adopting the bin collection lookup showed that most of the effort goes into converting each "
            "council's schedule data. In alpha we are testing a draft schema against real exports from 14 "
            "councils and three waste software suppliers.",
            "We are especially keen to hear from councils with fortnightly alternating collections or rural "
            "routes, which the draft does not yet handle well.",
        ],
        "tags": ["waste", "data standards", "open data"],
        "related_case_studies": ["bin-collection-day-lookup"],
    },
    {
        "slug": "planning-data-api",
        "title": "Planning applications open data API",
        "summary": "Turning the nightly planning data files into a shared API that any council can run from "
        "its own planning system.",
        "phase": "beta",
        "workstream": "open-data",
        "lead_organisation": "camden-council",
        "partners": ["hackney-council", "leeds-city-council"],
        "partners_wanted": False,
        "funding_source": "Local Digital Fund",
        "budget": 240000,
        "repository_url": "https://github.com/example-council/planning-applications-api",
        "start_date": "2024-04-15",
        "service_area": "planning",
        "body": [
            "The API serves planning applications, decisions and documents in the common schema, with "
            "connectors for the two most widely used planning systems. It is in public beta in three "
            "councils.",
            "Work in this phase focuses on performance, automatic redaction of personal data and guidance "
            "for councils without a data team.",
        ],
        "tags": ["open data", "data standards", "open source"],
        "related_case_studies": ["planning-applications-open-data"],
    },
    {
        "slug": "usability-dashboard-version-two",
        "title": "Usability dashboard version two",
        "summary": "Rebuilding the free usability dashboard so it can be hosted and maintained by more than "
        "one person, with new accessibility checks.",
        "phase": "alpha",
        "workstream": "usability-and-accessibility",
        "lead_organisation": "birmingham-city-council",
        "partners": ["localgov-digital"],
        "partners_wanted": True,
        "funding_source": "Self-funded",
        "budget": 12000,
        "repository_url": "https://github.com/example-council/usability-dashboard",
        "start_date": "2026-03-02",
        "service_area": "customer-services",
        "body": [
            "The original dashboard depends on one developer and a single server. Version two splits the "
            "checks into small jobs that any council can host, and adds tests for the latest accessibility "
            "guidelines.",
            "We need developers from two or three councils who can give half a day a week, and web managers "
            "willing to try the alpha on their own sites.",
        ],
        "tags": ["accessibility", "open source"],
        "related_case_studies": ["council-website-usability-dashboard"],
    },
    {
        "slug": "replacing-pdfs-with-web-pages",
        "title": "Replacing PDFs with accessible web pages",
        "summary": "Finding out which council PDFs people really need and building a repeatable way to turn "
        "them into accessible web pages.",
        "phase": "discovery",
        "workstream": "usability-and-accessibility",
        "lead_organisation": "newcastle-city-council",
        "partners": [],
        "partners_wanted": True,
        "funding_source": "Council revenue budget",
        "budget": 35000,
        "repository_url": "",
        "start_date": "2026-10-05",
        "service_area": "customer-services",
        "body": [
            "Newcastle's website holds more than 3,500 PDFs, many of them forms and policies that fail "
            "accessibility checks. Most are rarely opened, but a few hundred are used every week.",
            "The discovery will sort the PDFs by use and purpose and test content patterns for the most "
            "common kinds. We would welcome councils that have already done this to share what worked.",
        ],
        "tags": ["accessibility", "content design"],
        "related_case_studies": [],
    },
    {
        "slug": "shared-platform-directories-module",
        "title": "Directories module for the shared web platform",
        "summary": "A reusable directory feature for the shared platform, used for services such as "
        "childcare providers, community groups and care services.",
        "phase": "live",
        "workstream": "shared-web-platform",
        "lead_organisation": "hackney-council",
        "partners": ["bristol-city-council", "cardiff-council"],
        "partners_wanted": False,
        "funding_source": "Local Digital Fund",
        "budget": 180000,
        "repository_url": "https://github.com/example-council/web-platform-directories",
        "start_date": "2023-01-09",
        "service_area": "customer-services",
        "body": [
            "Councils run dozens of directories, often on separate systems with their own licences. This "
            "module lets web teams publish any directory on the shared platform, with search, maps and "
            "filters, and export it as open data.",
            "The module is live on five council websites and holds more than 9,000 listings. Cardiff added "
            "full Welsh language support in 2025.",
        ],
        "tags": ["open source", "mapping", "content design"],
        "related_case_studies": ["open-source-council-website-platform"],
    },
    {
        "slug": "care-charges-calculator",
        "title": "Care charges calculator",
        "summary": "An online calculator that tells people roughly what they will pay towards their care "
        "before a financial assessment.",
        "phase": "beta",
        "workstream": None,
        "lead_organisation": "nottinghamshire-county-council",
        "partners": ["leeds-city-council"],
        "partners_wanted": True,
        "funding_source": "LGA Digital Pathfinders",
        "budget": 96000,
        "repository_url": "https://github.com/example-council/care-charges-calculator",
        "start_date": "2025-05-12",
        "service_area": "adult-social-care",
        "body": [
            "People arranging care worry about cost, and many delay asking for help because they do not "
            "know what they will pay. The calculator asks about income, savings and property in plain "
            "language and gives an estimate with a clear explanation.",
            "The calculation rules are kept in a separate file so other councils can set their own charging "
            "policy. We are looking for partners to test it against their own rules during beta.",
        ],
        "tags": ["payments", "forms", "user research"],
        "related_case_studies": [],
    },
    {
        "slug": "bilingual-content-toolkit",
        "title": "Bilingual content toolkit",
        "summary": "Guidance, templates and a glossary for publishing council content in Welsh and English "
        "together.",
        "phase": "live",
        "workstream": None,
        "lead_organisation": "cardiff-council",
        "partners": [],
        "partners_wanted": False,
        "funding_source": "Self-funded",
        "budget": None,
        "repository_url": "",
        "start_date": "2023-06-05",
        "service_area": "customer-services",
        "body": [
            "Welsh councils must give Welsh and English content equal treatment, but translation often "
            "happens at the end and holds up launches. The toolkit sets out how content designers and "
            "translators can work side by side from the first draft.",
            "It includes a glossary of 400 council terms agreed with translators, and patterns for "
            "switching language on forms and service pages.",
        ],
        "tags": ["content design", "local government"],
        "related_case_studies": ["council-tax-single-person-discount-form"],
    },
    {
        "slug": "devon-open-data-portal",
        "title": "Devon open data portal",
        "summary": "Devon's own open data portal, retired once its data sets moved to a regional service "
        "and the national data catalogue.",
        "phase": "retired",
        "workstream": "open-data",
        "lead_organisation": "devon-county-council",
        "partners": ["plymouth-city-council"],
        "partners_wanted": False,
        "funding_source": "Council capital budget",
        "budget": 45000,
        "repository_url": "",
        "start_date": "2016-04-04",
        "service_area": "highways-and-transport",
        "body": [
            "The portal published more than 150 data sets and supported the county's hack events. By 2024 "
            "it needed a costly upgrade, and most visitors arrived from the national data catalogue anyway.",
            "The data sets now live on a regional service shared with Plymouth. Old links redirect, and the "
            "publishing routines were kept.",
        ],
        "tags": ["open data", "local government"],
        "related_case_studies": ["devon-highways-data-hack-weekend", "street-lighting-fault-map"],
    },
    {
        "slug": "repairs-appointment-booking",
        "title": "Book a housing repair appointment online",
        "summary": "Letting tenants choose a repair appointment when they report a problem, instead of "
        "waiting for a call back.",
        "phase": "beta",
        "workstream": None,
        "lead_organisation": "leeds-city-council",
        "partners": ["newcastle-city-council"],
        "partners_wanted": False,
        "funding_source": "Housing Revenue Account",
        "budget": 130000,
        "repository_url": "https://github.com/example-council/repairs-booking",
        "start_date": "2024-02-05",
        "service_area": "housing",
        "body": [
            "After the online repairs service launched, the most common complaint was waiting for someone "
            "to ring back with an appointment. This project connects the reporting service to the "
            "operatives' scheduling system so tenants can pick a slot straight away.",
            "The beta is running on two estates with about 4,000 homes. Missed appointments have fallen by "
            "a third so far.",
        ],
        "tags": ["housing", "user research"],
        "related_case_studies": ["housing-repairs-reporting-service"],
    },
    {
        "slug": "bulky-waste-booking",
        "title": "Bulky waste collection booking",
        "summary": "Exploring a shared service for booking and paying for bulky waste collections across "
        "district councils.",
        "phase": "discovery",
        "workstream": "waste-and-environment-services",
        "lead_organisation": "exeter-city-council",
        "partners": ["lichfield-district-council"],
        "partners_wanted": True,
        "funding_source": "",
        "budget": 40000,
        "repository_url": "",
        "start_date": "2026-11-02",
        "service_area": "waste-and-recycling",
        "body": [
            "Booking a bulky waste collection still means a phone call in many districts, and the rules on "
            "what can be collected differ from one council to the next. Exeter and Lichfield want to know "
            "whether one shared booking service could work for both.",
            "The discovery will build on the garden waste payments service and the bin collection data "
            "standard. More district councils are welcome to join.",
        ],
        "tags": ["waste", "payments"],
        "related_case_studies": ["garden-waste-subscriptions-online"],
    },
]
