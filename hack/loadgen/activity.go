package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"time"

	"github.com/tally-operator/tally/internal/ruleset"
)

// The history's members come as customers of a coffee chain do: how often a member comes is
// drawn once per member from a log-normal distribution of visits a year, median 4 and
// sigma 1.75, at most 3 a day. Three quarters of the members come 12 times a year or fewer, the
// mean is about 18 visits, and about 5,000 members of a million come daily or more: 1,000,000
// members make about 18,000,000 events a year, and with the redemptions, holds and refunds
// they lead to, about 20,000,000 postings. Each day a member makes a Poisson number of visits
// (mean: their rate / 365), at times of day shaped like a coffee shop's (a morning peak, lunch,
// the afternoon). A visit is a purchase (75%), a sign-in (20%) or a review (5%).
var historyActivity = activity{median: 4, sigma: 1.75, max: 3 * 365}

// activity is a log-normal distribution of members' visits a year.
type activity struct {
	median, sigma, max float64
}

// rates returns each member's mean visits a day, the same for a member in every run.
func (a activity) rates(members int) []float32 {
	out := make([]float32, members)
	r := rand.New(rand.NewPCG(historySeed, 0))
	for i := range out {
		out[i] = float32(min(a.max, a.median*math.Exp(a.sigma*r.NormFloat64())) / 365)
	}
	return out
}

// historySeed seeds every draw of the history: the same parameters make the same history.
const historySeed = 20261207

// mix is a member-day's source of randomness: a function of the day and the member alone, so
// that the history does not depend on how its members are shared among workers.
func mix(day, member int) uint64 {
	x := historySeed ^ uint64(day)<<40 ^ uint64(member)
	// splitmix64's finaliser.
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hourWeights is how a day's visits spread over its hours (the program's time zone).
var hourWeights = [24]float64{0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1.5, 4, 8, 7, 5, 5, 7, 6, 5, 6, 5, 5, 4, 3, 3, 2, 1, 0.5}

var hourCumulative = func() (c [24]float64) {
	var sum float64
	for _, w := range hourWeights {
		sum += w
	}
	var run float64
	for i, w := range hourWeights {
		run += w / sum
		c[i] = run
	}
	return c
}()

// visits returns how many times a member with mean rate a day comes on a day, from a uniform
// u in [0, 1) (inversion of the Poisson distribution).
func visits(rate float64, u float64) int {
	p := math.Exp(-rate)
	cum, k := p, 0
	for u >= cum && k < 50 {
		k++
		p *= rate / float64(k)
		cum += p
	}
	return k
}

// secondOfDay draws when in a day a visit happens.
func secondOfDay(r *rand.Rand) int {
	u := r.Float64()
	h := 0
	for h < 23 && u >= hourCumulative[h] {
		h++
	}
	return h*3600 + r.IntN(3600)
}

// menu is what the history's purchases with items buy.
var menu = []ruleset.Item{
	{SKU: "latte", Category: "coffee", Price: 32},
	{SKU: "americano", Category: "coffee", Price: 26},
	{SKU: "flat-white", Category: "coffee", Price: 34},
	{SKU: "cold-brew", Category: "coffee", Price: 30},
	{SKU: "matcha-latte", Category: "tea", Price: 33},
	{SKU: "croissant", Category: "bakery", Price: 18},
	{SKU: "muffin", Category: "bakery", Price: 16},
	{SKU: "sandwich", Category: "food", Price: 38},
	{SKU: "beans-250g", Category: "retail", Price: 98},
}

// drawPurchase draws a purchase: its amount in cents and, for half of them (orders from the app,
// which send the basket; tills send the amount only), its items.
func drawPurchase(r *rand.Rand) (cents int64, items []ruleset.Item) {
	if r.IntN(2) == 0 {
		// Median 32 CNY, in steps of 0.50, at least 8.
		cents = max(800, int64(math.Round(32*math.Exp(0.45*r.NormFloat64())*2))*50)
		return cents, nil
	}
	lines := 1 + r.IntN(3)
	for range lines {
		it := menu[r.IntN(len(menu))]
		it.Quantity = 1 + int64(r.IntN(10)/8) // mostly one, sometimes two
		items = append(items, it)
		cents += int64(it.Price*100) * it.Quantity
	}
	return cents, items
}

// historyLength parses -history: a number of months ("12mo") or days ("10d").
func historyLength(s string) (months, days int, err error) {
	m := regexp.MustCompile(`^([1-9][0-9]*)(mo|d)$`).FindStringSubmatch(s)
	if m == nil {
		return 0, 0, fmt.Errorf("-history %q: give months (12mo) or days (10d)", s)
	}
	n, _ := strconv.Atoi(m[1])
	if m[2] == "mo" {
		if n > 36 {
			return 0, 0, fmt.Errorf("-history %q: at most 36mo", s)
		}
		return n, 0, nil
	}
	return 0, n, nil
}

// historyEnd is when a history seeded at now ends: the start of now's week (Monday 00:00 in
// the program's time zone). The load run comes at most a week after it, and a cached history
// serves every run of that week.
func historyEnd(now time.Time, loc *time.Location) time.Time {
	y, m, d := now.In(loc).Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return day.AddDate(0, 0, -((int(day.Weekday()) + 6) % 7))
}
