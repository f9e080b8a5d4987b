package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A sum of ramps, f(x) = sum of s x (b - clamp(x, a, b)) with s > 0 and a <= b: each ramp is level until a, falls
 * in a straight line until b and is 0 after. The sum is continuous, piecewise linear and never increasing, so after
 * one sort of the ends it is evaluated anywhere by a binary search, and a target value is found by a binary search
 * over the ends followed by solving the one straight piece that crosses it, exactly.
 *
 * <p>Between two ramp ends f(x) = c - (p + x q), where c = sum of s x b, p = sum of s x a over ramps not started
 * plus s x b over ramps ended, and q = sum of s over ramps under way. The ends are sorted once and p and q are kept
 * after each end. Arithmetic is exact except the final division when solving.
 */
final class RampSum {

    private final BigDecimal top;
    private final BigDecimal startOffset;
    private final BigDecimal[] ends;
    private final BigDecimal[] offsets;
    private final BigDecimal[] slopes;

    private RampSum(BigDecimal top, BigDecimal startOffset, List<End> sorted) {
        this.top = top;
        this.startOffset = startOffset;
        int n = sorted.size();
        this.ends = new BigDecimal[n];
        this.offsets = new BigDecimal[n];
        this.slopes = new BigDecimal[n];
        BigDecimal offset = startOffset;
        BigDecimal slope =
                sorted.isEmpty() ? BigDecimal.ZERO : sorted.get(0).slopeChange().multiply(BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            End end = sorted.get(i);
            offset = offset.add(end.offsetChange());
            slope = slope.add(end.slopeChange());
            ends[i] = end.at();
            offsets[i] = offset;
            slopes[i] = slope;
        }
    }

    /** f(x). */
    BigDecimal valueAt(BigDecimal x) {
        return valueOnPiece(lastEndAtOrBefore(x), x);
    }

    /**
     * The x closest to 0 with f(x) = target, or empty when f never takes that value. Since f never increases, a
     * binary search over the ends on the side of 0 where f reaches the target finds the piece where it is crossed,
     * and that straight piece is solved.
     */
    Optional<BigDecimal> nearestReach(BigDecimal target) {
        int side = valueAt(BigDecimal.ZERO).compareTo(target);
        if (side == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        int lastAtOrBeforeZero = lastEndAtOrBefore(BigDecimal.ZERO);
        if (side > 0) {
            // The first end right of 0 where f is down to the target closes the piece that crosses it.
            int low = lastAtOrBeforeZero + 1;
            int high = ends.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (valueAtEnd(mid).compareTo(target) <= 0) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low == ends.length ? Optional.empty() : Optional.of(solveOnPiece(low - 1, target));
        }
        // The last end left of 0 where f is still up to the target opens the piece that crosses it.
        int low = 0;
        int high = lastAtOrBeforeZero + 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (valueAtEnd(mid).compareTo(target) >= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == 0 ? Optional.empty() : Optional.of(solveOnPiece(low - 1, target));
    }

    private BigDecimal valueAtEnd(int i) {
        return valueOnPiece(i, ends[i]);
    }

    /** f(x) using the offset and slope in force after end {@code i}; -1 means before every end. */
    private BigDecimal valueOnPiece(int i, BigDecimal x) {
        return top.subtract(offset(i)).subtract(x.multiply(slope(i)));
    }

    /** The x on piece {@code i} where f(x) = target; the callers only pick pieces that slope. */
    private BigDecimal solveOnPiece(int i, BigDecimal target) {
        return top.subtract(offset(i)).subtract(target).divide(slope(i), Discounting.MC);
    }

    private BigDecimal offset(int i) {
        return i < 0 ? startOffset : offsets[i];
    }

    private BigDecimal slope(int i) {
        return i < 0 ? BigDecimal.ZERO : slopes[i];
    }

    private int lastEndAtOrBefore(BigDecimal x) {
        int low = 0;
        int high = ends.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (ends[mid].compareTo(x) <= 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high;
    }

    private record End(BigDecimal at, BigDecimal offsetChange, BigDecimal slopeChange) {}

    /**
     * Collects ramps; {@link #build()} sorts their ends once. Before summing, every position and every slope is
     * brought to one scale (exactly: only ever up), so the many additions never have to line up decimal points.
     */
    static final class Builder {
        private final List<BigDecimal[]> ramps = new ArrayList<>();
        private int positionScale;
        private int slopeScale;

        /** Adds s x (b - clamp(x, a, b)); ignored when s is 0. */
        Builder add(BigDecimal a, BigDecimal b, BigDecimal s) {
            if (s.signum() != 0) {
                ramps.add(new BigDecimal[] {a, b, s});
                positionScale = Math.max(positionScale, Math.max(a.scale(), b.scale()));
                slopeScale = Math.max(slopeScale, s.scale());
            }
            return this;
        }

        RampSum build() {
            End[] ends = new End[2 * ramps.size()];
            BigDecimal top = BigDecimal.ZERO.setScale(positionScale + slopeScale);
            BigDecimal startOffset = top;
            int i = 0;
            for (BigDecimal[] ramp : ramps) {
                BigDecimal a = ramp[0].setScale(positionScale);
                BigDecimal b = ramp[1].setScale(positionScale);
                BigDecimal s = ramp[2].setScale(slopeScale);
                BigDecimal sa = s.multiply(a);
                BigDecimal sb = s.multiply(b);
                top = top.add(sb);
                startOffset = startOffset.add(sa);
                ends[i++] = new End(a, sa.negate(), s);
                ends[i++] = new End(b, sb, s.negate());
            }
            Arrays.sort(ends, (left, right) -> left.at().compareTo(right.at()));
            return new RampSum(top, startOffset, Arrays.asList(ends));
        }
    }
}
