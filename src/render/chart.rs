//! Bar charts drawn at build time: the geometry of an SVG histogram, which templates draw
//! (`macros.html`, `chart`) with a table of the same figures as its text alternative.

use serde::Serialize;

/// The drawing's size, in SVG user units; the stylesheet scales it to the page.
const WIDTH: usize = 640;
const HEIGHT: usize = 160;
/// Room under the bars for their ticks.
const TICKS: usize = 16;
const GAP: usize = 2;
/// The width a tick's text needs ("2025" at the stylesheet's size).
const TICK_WIDTH: usize = 32;

/// One bar to draw: what it counts and where its readouts are.
pub struct Bar {
    pub label: String,
    /// The short text under the bar ("2025", "mars"), if it gets one.
    pub tick: Option<String>,
    pub count: usize,
    /// `None` for an empty bar: a year without readouts has no page.
    pub url: Option<String>,
}

#[derive(Serialize)]
pub struct Chart {
    /// Unique on the page: names the chart's title for `aria-labelledby`.
    pub id: &'static str,
    pub width: usize,
    pub height: usize,
    pub bar_width: usize,
    /// "2013: 4, 2014: 9, …", read out by screen readers with the title.
    pub summary: String,
    pub bars: Vec<BarView>,
}

#[derive(Serialize)]
pub struct BarView {
    pub label: String,
    pub tick: Option<String>,
    pub count: usize,
    pub url: Option<String>,
    pub x: usize,
    pub y: usize,
    pub height: usize,
    pub middle: usize,
}

/// Bars side by side, as high as their counts, the highest filling the drawing.
pub fn bars(id: &'static str, bars: Vec<Bar>) -> Chart {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let slot = WIDTH / bars.len().max(1);
    let bar_width = slot.saturating_sub(GAP).max(1);
    let room = HEIGHT - TICKS;
    // Every `step`-th bar keeps its tick, so that ticks never overlap.
    let step = TICK_WIDTH.div_ceil(slot.max(1));
    let summary = (bars.iter())
        .map(|b| format!("{} ({})", b.label, b.count))
        .collect::<Vec<_>>()
        .join(", ");
    Chart {
        id,
        width: WIDTH,
        height: HEIGHT,
        bar_width,
        summary,
        bars: (bars.into_iter().enumerate())
            .map(|(i, b)| {
                // Rounded up, so that a count of 1 among thousands still shows.
                let height = (b.count * room).div_ceil(max);
                BarView {
                    x: i * slot,
                    y: room - height,
                    height,
                    middle: i * slot + bar_width / 2,
                    label: b.label,
                    tick: b.tick.filter(|_| i % step == 0),
                    count: b.count,
                    url: b.url,
                }
            })
            .collect(),
    }
}

/// Counts by year with the years between them that have none, so that the axis is time.
pub fn every_year(counts: &[(i32, usize)]) -> Vec<(i32, usize)> {
    let (Some(first), Some(last)) = (counts.first(), counts.last()) else {
        return Vec::new();
    };
    (first.0..=last.0)
        .map(|year| {
            let at = counts.binary_search_by_key(&year, |(y, _)| *y);
            (year, at.map_or(0, |i| counts[i].1))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_bar_fills_the_drawing_and_a_small_one_still_shows() {
        let bar = |count: usize| Bar {
            label: count.to_string(),
            tick: None,
            count,
            url: None,
        };
        let chart = bars("c", vec![bar(1000), bar(1), bar(0)]);
        let heights: Vec<usize> = chart.bars.iter().map(|b| b.height).collect();
        assert_eq!(heights, [HEIGHT - TICKS, 1, 0]);
        assert_eq!(chart.bars[1].y, HEIGHT - TICKS - 1);
        assert!(chart.bars.iter().all(|b| b.x + chart.bar_width <= WIDTH));
        assert_eq!(chart.summary, "1000 (1000), 1 (1), 0 (0)");
    }

    #[test]
    fn years_without_readouts_are_on_the_axis() {
        assert_eq!(
            every_year(&[(2013, 4), (2016, 1)]),
            [(2013, 4), (2014, 0), (2015, 0), (2016, 1)]
        );
        assert_eq!(every_year(&[]), []);
    }
}
