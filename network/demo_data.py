"""Demo service areas, organisations, people and events for the Practice Commons directory."""

SERVICE_AREAS = [
    {"name": "Waste and recycling", "slug": "waste-and-recycling"},
    {"name": "Housing", "slug": "housing"},
    {"name": "Adult social care", "slug": "adult-social-care"},
    {"name": "Children's services", "slug": "childrens-services"},
    {"name": "Planning", "slug": "planning"},
    {"name": "Highways and transport", "slug": "highways-and-transport"},
    {"name": "Council tax and benefits", "slug": "council-tax-and-benefits"},
    {"name": "Libraries", "slug": "libraries"},
    {"name": "Democracy and elections", "slug": "democracy-and-elections"},
    {"name": "Customer services", "slug": "customer-services"},
]

ORGANISATIONS = [
    {
        "name": "Devon County Council",
        "slug": "devon-county-council",
        "type": "county",
        "region": "south-west",
        "gss_code": "E10000008",
        "website": "https://www.devon.gov.uk",
    },
    {
        "name": "Exeter City Council",
        "slug": "exeter-city-council",
        "type": "district",
        "region": "south-west",
        "gss_code": "E07000041",
        "website": "https://exeter.gov.uk",
    },
    {
        "name": "Plymouth City Council",
        "slug": "plymouth-city-council",
        "type": "unitary",
        "region": "south-west",
        "gss_code": "E06000026",
        "website": "https://www.plymouth.gov.uk",
    },
    {
        "name": "Bristol City Council",
        "slug": "bristol-city-council",
        "type": "unitary",
        "region": "south-west",
        "gss_code": "E06000023",
        "website": "https://www.bristol.gov.uk",
    },
    {
        "name": "Hackney Council",
        "slug": "hackney-council",
        "type": "london-borough",
        "region": "london",
        "gss_code": "E09000012",
        "website": "https://hackney.gov.uk",
    },
    {
        "name": "Camden Council",
        "slug": "camden-council",
        "type": "london-borough",
        "region": "london",
        "gss_code": "E09000007",
        "website": "https://www.camden.gov.uk",
    },
    {
        "name": "Leeds City Council",
        "slug": "leeds-city-council",
        "type": "metropolitan",
        "region": "yorkshire-and-the-humber",
        "gss_code": "E08000035",
        "website": "https://www.leeds.gov.uk",
    },
    {
        "name": "Stockport Metropolitan Borough Council",
        "slug": "stockport-council",
        "type": "metropolitan",
        "region": "north-west",
        "gss_code": "E08000007",
        "website": "https://www.stockport.gov.uk",
    },
    {
        "name": "Birmingham City Council",
        "slug": "birmingham-city-council",
        "type": "metropolitan",
        "region": "west-midlands",
        "gss_code": "E08000025",
        "website": "https://www.birmingham.gov.uk",
    },
    {
        "name": "Newcastle City Council",
        "slug": "newcastle-city-council",
        "type": "metropolitan",
        "region": "north-east",
        "gss_code": "E08000021",
        "website": "https://www.newcastle.gov.uk",
    },
    {
        "name": "Lichfield District Council",
        "slug": "lichfield-district-council",
        "type": "district",
        "region": "west-midlands",
        "gss_code": "E07000194",
        "website": "https://www.lichfielddc.gov.uk",
    },
    {
        "name": "Nottinghamshire County Council",
        "slug": "nottinghamshire-county-council",
        "type": "county",
        "region": "east-midlands",
        "gss_code": "E10000024",
        "website": "https://www.nottinghamshire.gov.uk",
    },
    {
        "name": "Kent County Council",
        "slug": "kent-county-council",
        "type": "county",
        "region": "south-east",
        "gss_code": "E10000016",
        "website": "https://www.kent.gov.uk",
    },
    {
        "name": "Norfolk County Council",
        "slug": "norfolk-county-council",
        "type": "county",
        "region": "east-of-england",
        "gss_code": "E10000020",
        "website": "https://www.norfolk.gov.uk",
    },
    {
        "name": "Cardiff Council",
        "slug": "cardiff-council",
        "type": "unitary",
        "region": "wales",
        "gss_code": "W06000015",
        "website": "https://www.cardiff.gov.uk",
    },
    {
        "name": "City of Edinburgh Council",
        "slug": "city-of-edinburgh-council",
        "type": "unitary",
        "region": "scotland",
        "gss_code": "S12000036",
        "website": "https://www.edinburgh.gov.uk",
    },
    {
        "name": "Greater Manchester Combined Authority",
        "slug": "greater-manchester-combined-authority",
        "type": "combined-authority",
        "region": "north-west",
        "gss_code": "E47000001",
        "website": "https://www.greatermanchester-ca.gov.uk",
    },
    {
        "name": "LocalGov Digital",
        "slug": "localgov-digital",
        "type": "other",
        "region": "",
        "gss_code": "",
        "website": "https://localgov.digital",
    },
    {
        "name": "Local Government Association",
        "slug": "local-government-association",
        "type": "national-body",
        "region": "",
        "gss_code": "",
        "website": "https://www.local.gov.uk",
    },
]

PEOPLE = [
    {
        "name": "Helen Marchant",
        "slug": "helen-marchant",
        "role": "Head of Digital",
        "organisation": "devon-county-council",
        "bio": "Helen leads Devon's digital team and has pushed for services built around how residents "
        "actually behave online. She has been a LocalGov Digital volunteer since the network's early days.",
    },
    {
        "name": "Chris Penrose",
        "slug": "chris-penrose",
        "role": "Data lead",
        "organisation": "devon-county-council",
        "bio": "Chris looks after Devon's open data publishing and ran the council's first hack weekend "
        "with students from the University of Plymouth.",
    },
    {
        "name": "Tom Ashworth",
        "slug": "tom-ashworth",
        "role": "Content designer",
        "organisation": "devon-county-council",
        "bio": "Tom rewrites council guidance so people can act on it first time, and tests it with "
        "residents in libraries across the county.",
    },
    {
        "name": "Priya Chandran",
        "slug": "priya-chandran",
        "role": "Web manager",
        "organisation": "exeter-city-council",
        "bio": "Priya runs Exeter's website and moved it onto the shared council platform in 2025.",
    },
    {
        "name": "Hannah Stone",
        "slug": "hannah-stone",
        "role": "Product owner",
        "organisation": "plymouth-city-council",
        "bio": "Hannah owns Plymouth's online payments and account services. Before that she spent eight "
        "years on the council's customer contact team.",
    },
    {
        "name": "Jonathan Hale",
        "slug": "jonathan-hale",
        "role": "Lead developer",
        "organisation": "bristol-city-council",
        "bio": "Jonathan maintains Bristol's open-source website code and reviews contributions from "
        "partner councils. He prefers small releases and boring technology.",
    },
    {
        "name": "Sophie Turner",
        "slug": "sophie-turner",
        "role": "Service designer",
        "organisation": "bristol-city-council",
        "bio": "Sophie works on street scene and waste services, mapping the journey from a resident's "
        "report to the crew who fixes the problem.",
    },
    {
        "name": "Kwame Boateng",
        "slug": "kwame-boateng",
        "role": "Service designer",
        "organisation": "hackney-council",
        "bio": "Kwame designs forms and transactional services for Hackney and co-wrote the accessible "
        "forms pattern library now used by several councils.",
    },
    {
        "name": "Ruth Kennedy",
        "slug": "ruth-kennedy",
        "role": "Developer",
        "organisation": "hackney-council",
        "bio": "Ruth is a front-end developer who cares about keyboard users and slow connections. She "
        "leads Hackney's work on the shared website platform.",
    },
    {
        "name": "Imogen Price",
        "slug": "imogen-price",
        "role": "Data lead",
        "organisation": "camden-council",
        "bio": "Imogen publishes Camden's planning and spending data and helped draft a common schema for "
        "planning applications.",
    },
    {
        "name": "Daniel Whitfield",
        "slug": "daniel-whitfield",
        "role": "User researcher",
        "organisation": "leeds-city-council",
        "bio": "Daniel has interviewed hundreds of council tenants about repairs, rent and moving home. He "
        "runs the Leeds user research meetup.",
    },
    {
        "name": "Aisha Rahman",
        "slug": "aisha-rahman",
        "role": "Product manager",
        "organisation": "leeds-city-council",
        "bio": "Aisha manages the Leeds housing repairs service and its move from phone-first to "
        "online-first.",
    },
    {
        "name": "Mark Heywood",
        "slug": "mark-heywood",
        "role": "Head of Digital",
        "organisation": "stockport-council",
        "bio": "Mark built Stockport's bin collection lookup as a reusable component and has since helped a "
        "dozen councils adopt it.",
    },
    {
        "name": "Neil Parkes",
        "slug": "neil-parkes",
        "role": "Web developer",
        "organisation": "birmingham-city-council",
        "bio": "Neil wrote the free usability dashboard that councils use to check their websites. He still "
        "answers most of its support questions in his own time.",
    },
    {
        "name": "Lucy Armstrong",
        "slug": "lucy-armstrong",
        "role": "User researcher",
        "organisation": "newcastle-city-council",
        "bio": "Lucy researches how residents find information about elections, housing and benefits, with "
        "a focus on people who rarely go online.",
    },
    {
        "name": "Paul Daventry",
        "slug": "paul-daventry",
        "role": "ICT and digital manager",
        "organisation": "lichfield-district-council",
        "bio": "Paul runs a small team covering everything from servers to the website, so he looks for "
        "services other councils have already built and tested.",
    },
    {
        "name": "Claire Bramley",
        "slug": "claire-bramley",
        "role": "Web manager",
        "organisation": "nottinghamshire-county-council",
        "bio": "Claire manages Nottinghamshire's website and content standards, and chairs the East "
        "Midlands web managers' group.",
    },
    {
        "name": "Oliver Grant",
        "slug": "oliver-grant",
        "role": "Content designer",
        "organisation": "kent-county-council",
        "bio": "Oliver specialises in plain English and accessible documents, and has replaced more than "
        "600 PDFs on Kent's website with web pages.",
    },
    {
        "name": "James Pegg",
        "slug": "james-pegg",
        "role": "Performance analyst",
        "organisation": "norfolk-county-council",
        "bio": "James measures how Norfolk's online services perform and reports the numbers honestly, "
        "including when a pilot is not working.",
    },
    {
        "name": "Rhian Morgan",
        "slug": "rhian-morgan",
        "role": "Digital services manager",
        "organisation": "cardiff-council",
        "bio": "Rhian leads Cardiff's bilingual digital services and makes sure Welsh and English versions "
        "launch together.",
    },
    {
        "name": "Fiona MacLeod",
        "slug": "fiona-macleod",
        "role": "Delivery manager",
        "organisation": "city-of-edinburgh-council",
        "bio": "Fiona delivers Edinburgh's library and customer services projects. She introduced "
        "fortnightly show-and-tells open to staff across the council.",
    },
    {
        "name": "Sanjay Mistry",
        "slug": "sanjay-mistry",
        "role": "Data lead",
        "organisation": "greater-manchester-combined-authority",
        "bio": "Sanjay coordinates data sharing between the ten Greater Manchester councils and chairs the "
        "region's open data group.",
    },
    {
        "name": "Emma Caldwell",
        "slug": "emma-caldwell",
        "role": "Network coordinator",
        "organisation": "localgov-digital",
        "bio": "Emma coordinates LocalGov Digital's volunteers and organises LocalGovCamp.",
    },
    {
        "name": "David Okonkwo",
        "slug": "david-okonkwo",
        "role": "Programme manager",
        "organisation": "local-government-association",
        "bio": "David runs the LGA's digital improvement programme and its webinars for council digital "
        "teams.",
    },
]

EVENTS = [
    {
        "slug": "devon-open-data-hack-weekend-2025",
        "title": "Devon open data hack weekend",
        "summary": "Two days of building with Devon's open data: highways, libraries and waste, with "
        "students from the University of Plymouth and local developers.",
        "tags": ["hack day", "open data", "local government"],
        "start": "2025-03-08T09:30",
        "end": "2025-03-09T16:00",
        "venue": "Exeter Library, Castle Street, Exeter EX4 3PQ",
        "online_url": "",
        "organiser": "devon-county-council",
        "booking_url": "https://tickets.example.org/devon-hack-weekend-2025",
        "body": [
            "Devon County Council opened up 40 data sets for the weekend, from road defect reports to "
            "library loans and household waste tonnages. Teams of developers, designers, students and "
            "council officers picked a challenge on Saturday morning and presented what they had built on "
            "Sunday afternoon.",
            "The council's service managers set the challenges, so every idea had an owner who could take "
            "it forward. Three prototypes went on to further work, including a map of reported potholes "
            "that now feeds the county's street lighting and highways fault pages.",
            "Food, wifi and power were provided. The code written over the weekend was published under an "
            "open licence.",
        ],
    },
    {
        "slug": "localgovcamp-2026",
        "title": "LocalGovCamp 2026",
        "summary": "The annual unconference for people working in and around local government digital. The "
        "agenda is set on the day by the people who turn up.",
        "tags": ["unconference", "local government", "digital leadership"],
        "start": "2026-06-20T09:30",
        "end": "2026-06-20T17:00",
        "venue": "Millennium Point, Curzon Street, Birmingham B4 7XG",
        "online_url": "",
        "organiser": "localgov-digital",
        "booking_url": "https://tickets.example.org/localgovcamp-2026",
        "body": [
            "LocalGovCamp returned to Birmingham for a day of sessions pitched and run by the people in the "
            "room. Anyone could pitch, whether they worked for a council, a supplier, a charity or just "
            "cared about local services.",
            "More than 180 people came. Sessions covered reusing other councils' services, keeping small "
            "web teams going, open data that people actually use, and how to make a case for digital to "
            "members who are wary of technology projects.",
            "The day before the camp, LocalGov Digital workstreams met for a makers day to work on shared "
            "code and content.",
        ],
    },
    {
        "slug": "accessibility-show-and-tell-september-2026",
        "title": "Accessibility show-and-tell",
        "summary": "Councils show what they have fixed on their websites and services to meet accessibility "
        "regulations, and what they are still stuck on.",
        "tags": ["accessibility", "content design", "local government"],
        "start": "2026-09-17T14:00",
        "end": "2026-09-17T16:00",
        "venue": "Hackney Service Centre, 1 Hillman Street, London E8 1DY",
        "online_url": "https://meet.example.org/accessibility-show-and-tell",
        "organiser": "hackney-council",
        "booking_url": "",
        "body": [
            "Six councils had ten minutes each to show real work: an accessible date input, a bin calendar "
            "that works with screen readers, a plan for replacing old PDFs, and an honest look at a form "
            "that failed an audit.",
            "The session ran in person in Hackney and online, with live captions. Slides and recordings are "
            "on the accessibility workstream page.",
        ],
    },
    {
        "slug": "leeds-user-research-meetup-december-2026",
        "title": "User research in councils: Leeds meetup",
        "summary": "An evening meetup for user researchers and anyone doing research in local government, "
        "with two short talks and time to talk shop.",
        "tags": ["user research", "housing", "local government"],
        "start": "2026-12-03T18:00",
        "end": "2026-12-03T20:30",
        "venue": "Leeds Central Library, Calverley Street, Leeds LS1 3AB",
        "online_url": "",
        "organiser": "leeds-city-council",
        "booking_url": "https://tickets.example.org/leeds-user-research-december",
        "body": [
            "This month's talks: what council tenants told us about reporting repairs, and how to recruit "
            "research participants who do not use the internet without paying an agency.",
            "The meetup is free and open to anyone doing research in or for local government, whatever "
            "their job title. Tea, coffee and pizza are provided.",
        ],
    },
    {
        "slug": "usability-dashboard-webinar-january-2027",
        "title": "Webinar: getting started with the usability dashboard",
        "summary": "A one-hour online session showing web teams how to set up the free council usability "
        "dashboard and use its results to decide what to fix first.",
        "tags": ["accessibility", "user research", "local government"],
        "start": "2027-01-20T12:30",
        "end": "2027-01-20T13:30",
        "venue": "",
        "online_url": "https://meet.example.org/usability-dashboard-webinar",
        "organiser": "local-government-association",
        "booking_url": "https://events.example.org/usability-dashboard-webinar",
        "body": [
            "The usability dashboard was built by a developer at Birmingham City Council and offered free "
            "to every council. It checks page speed, mobile layout, accessibility errors and broken links "
            "across a whole website and ranks the results.",
            "In this webinar the dashboard's maintainer walks through setting it up, and a web manager from "
            "a county council explains how they used it to cut accessibility errors on their site by two "
            "thirds in a year. There will be time for questions.",
        ],
    },
    {
        "slug": "digital-leaders-roundtable-march-2027",
        "title": "Digital leaders roundtable: investing in people, not products",
        "summary": "A half-day roundtable for heads of digital and senior managers on building digital "
        "leadership in councils and avoiding costly technology mistakes.",
        "tags": ["digital leadership", "local government"],
        "start": "2027-03-11T09:30",
        "end": "2027-03-11T13:00",
        "venue": "Tootal Buildings, 56 Oxford Street, Manchester M1 6EU",
        "online_url": "",
        "organiser": "greater-manchester-combined-authority",
        "booking_url": "https://tickets.example.org/digital-leaders-roundtable-2027",
        "body": [
            "Councils keep buying products before they understand the problem. This roundtable asks what "
            "leaders need to know to make better decisions: how to keep data council-owned, how to judge a "
            "supplier's claims, and how to learn from other councils before spending money.",
            "Places are limited to 40 so that everyone can take part. Attendees will be asked to bring one "
            "investment they would make differently with hindsight.",
        ],
    },
    {
        "slug": "waste-data-standards-workshop-may-2027",
        "title": "Waste services data standards workshop",
        "summary": "A working session to agree a common format for bin collection schedules and missed bin "
        "reports, so councils can share tools and publish open data.",
        "tags": ["waste", "data standards", "open data"],
        "start": "2027-05-13T10:00",
        "end": "2027-05-13T15:30",
        "venue": "City Hall, College Green, Bristol BS1 5TR",
        "online_url": "https://meet.example.org/waste-data-standards",
        "organiser": "bristol-city-council",
        "booking_url": "https://tickets.example.org/waste-data-standards-workshop",
        "body": [
            "Most councils publish bin collection days in their own format, which makes it hard to reuse a "
            "lookup tool or for apps and smart speakers to use the data. This workshop will review the "
            "draft schema from the waste data standards project and test it against real schedules.",
            "Please bring an export of your own collection data if you can. Waste managers, data people and "
            "developers are all welcome, in Bristol or online.",
        ],
    },
]
